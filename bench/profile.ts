// Times the module functions behind the heavy pages, one at a time, on a large
// database: DATABASE_PATH=/tmp/big.db tsx bench/profile.ts
import { boardPage, boardFigures } from "~/modules/feedback/board.server";
import { triageQueue } from "~/modules/feedback/triage.server";
import { dashboard } from "~/modules/feedback/dashboard.server";
import { bumpContentVersion } from "~/utils/content-version.server";
import { overdueCutoff } from "~/modules/feedback/triage.server";
import { workingDaysBetween } from "~/utils/working-days";
import { getAction, suggestionsShapingAction, listActionChoices } from "~/modules/strategy/strategy.server";

function time(name: string, fn: () => unknown, runs = 50) {
  fn();
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  console.log(`${name.padEnd(40)} ${((performance.now() - start) / runs).toFixed(2)} ms`);
}

const actionId = listActionChoices()[7]!.id;
time("boardFigures (memoised)", () => boardFigures());
time("boardPage first", () => boardPage({}));
time("boardPage first, uncached", () => (bumpContentVersion(), boardPage({})));
time("boardPage topic+status, uncached", () => (bumpContentVersion(), boardPage({ topicId: 3, status: "in_progress" })));
time("boardPage search, uncached", () => (bumpContentVersion(), boardPage({ q: "short breaks" })));
time("overdueCutoff", () => overdueCutoff(20));
time("workingDaysBetween x50", () => {
  for (let i = 0; i < 50; i++) workingDaysBetween(new Date(Date.now() - i * 9e8), new Date());
});
time("boardPage topic+status", () => boardPage({ topicId: 3, status: "in_progress" }));
time("boardPage search", () => boardPage({ q: "short breaks" }));
time("boardPage page 50", () => boardPage({ page: 50 }));
time("getAction", () => getAction(actionId));
time("suggestionsShapingAction", () => suggestionsShapingAction(actionId));
time("triageQueue", () => triageQueue({}));
time("dashboard (cached)", () => dashboard());
