import { stringify } from "csv-stringify/sync";

/**
 * A CSV file with a header row. Cells starting with = + - @ are prefixed with a
 * quote so spreadsheet programs show them as text instead of running them as formulas.
 */
export function toCsv(columns: string[], rows: (string | number)[][], header = true): string {
  return stringify(rows, {
    header,
    columns,
    cast: { string: (value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value) },
  });
}

/**
 * The same CSV, streamed: rows are pulled from the iterator a batch at a time as
 * the download is read, so a large export never sits in memory whole.
 */
export function csvStream(columns: string[], rows: Iterator<(string | number)[]>, batch = 500): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let first = true;
  return new ReadableStream({
    pull(controller) {
      const chunk: (string | number)[][] = [];
      for (let next = rows.next(); ; next = rows.next()) {
        if (next.done) break;
        chunk.push(next.value);
        if (chunk.length >= batch) break;
      }
      if (chunk.length || first) {
        const text = toCsv(columns, chunk, first);
        first = false;
        controller.enqueue(encoder.encode(text));
      }
      if (chunk.length < batch) controller.close();
    },
  });
}
