// The demo local area's example of this kind of activity, added by the seed (db/seed.ts) through the
// activity registry, in registry order.
import path from "node:path";
import fs from "node:fs";
import { findUserByEmail } from "~/modules/auth/accounts.server";
import { createStrategy, importActionsCsv, listActionChoices } from "~/modules/strategy/strategy.server";
import { addTopic, listTopics } from "./topics.server";
import { changeStatus, linkToActions, publish, setPublicWording } from "./changes.server";
import { makeSuggestion } from "./suggestions.server";
import { DEMO_SUGGESTIONS, DEMO_TOPICS } from "~db/seed-data/suggestions";

/** North Somerset's SEND strategy action plan and a year of suggestions moving through it. */
export function seedYouSaidWeDid(officerId: string) {
  const strategyId = createStrategy({
    name: "North Somerset Local Area SEND Strategy",
    period: "2025 to 2027",
    summary:
      "Our shared plan for children and young people with special educational needs and disabilities, " +
      "written with parents, carers and young people. It has four areas: identifying needs, meeting needs, " +
      "ensuring outcomes, and the enabling actions that make the rest possible.",
  });
  const csv = fs.readFileSync(path.resolve("db/seed-data/north-somerset-actions.csv"), "utf8");
  const imported = importActionsCsv(strategyId, csv, officerId);
  if (!imported.ok) throw new Error(`Demo actions did not import: ${JSON.stringify(imported.problems)}`);
  for (const name of DEMO_TOPICS) addTopic(name);
  const topicIds = new Map(listTopics().map((t) => [t.name, t.id]));
  const actionIds = new Map(listActionChoices().map((a) => [a.code, a.id]));
  const daysAgo = (n: number) => new Date(Date.now() - n * 24 * 3600_000);
  for (const demo of DEMO_SUGGESTIONS) {
    const account = demo.byAccount ? findUserByEmail(demo.byAccount) : undefined;
    const { id } = makeSuggestion({
      body: demo.body,
      topicId: topicIds.get(demo.topic) ?? null,
      contributorKind: demo.kind,
      name: account?.name ?? (demo.email ? "Rachel" : null),
      email: account?.email ?? demo.email ?? null,
      userId: account?.id ?? null,
      createdAt: daysAgo(demo.daysAgo),
    });
    if (demo.wording) setPublicWording(id, demo.wording, officerId, daysAgo(demo.publishDaysAgo ?? demo.daysAgo));
    if (demo.actions)
      linkToActions(
        id,
        demo.actions.map((c) => actionIds.get(c)!),
        officerId,
        daysAgo(demo.publishDaysAgo ?? demo.daysAgo),
      );
    if (demo.publishDaysAgo !== undefined) publish(id, officerId, daysAgo(demo.publishDaysAgo));
    for (const step of demo.steps ?? []) {
      const result = changeStatus({
        id,
        status: step.status,
        note: step.note,
        outcome: step.outcome,
        outcomeEasyRead: step.outcomeEasyRead,
        officerId,
        at: daysAgo(step.daysAgo),
      });
      if (!result.ok) throw new Error(`Demo suggestion step refused: ${result.message}`);
    }
  }
}
