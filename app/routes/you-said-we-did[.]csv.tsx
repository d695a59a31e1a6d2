import { publicCsv } from "~/modules/feedback/board.server";

// Published suggestions, public fields only.
export function loader() {
  return new Response(publicCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="you-said-we-did-${new Date().toISOString().slice(0, 10)}.csv"`,
    },
  });
}
