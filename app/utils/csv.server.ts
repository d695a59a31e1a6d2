import { stringify } from "csv-stringify/sync";

/**
 * A CSV file with a header row. Cells starting with = + - @ are prefixed with a
 * quote so spreadsheet programs show them as text instead of running them as formulas.
 */
export function toCsv(columns: string[], rows: (string | number)[][]): string {
  return stringify(rows, {
    header: true,
    columns,
    cast: { string: (value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value) },
  });
}
