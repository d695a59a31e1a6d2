// Fills a database with a large local area for the benchmarks: the demo area
// plus 20,000 suggestions spread over two years, most of them published.
// Usage: DATABASE_PATH=/tmp/big.db tsx bench/seed-large.ts [count]
import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import { suggestionActions, suggestionEvents, suggestions, supporters } from "~db/schema";
import { SUGGESTION_STATUSES } from "~db/schema/enums";
import { closeDb, getDb } from "~/db.server";
import { listActionChoices } from "~/modules/strategy/strategy.server";
import { listTopics } from "~/modules/feedback/suggestions.server";
import { seed } from "../db/seed";

const WORDS = "short breaks booking summer scheme autism diagnosis waiting list transport taxi college school exclusion ehcp annual review therapy speech language occupational camhs counselling local offer website letters jargon youth club evening weekend respite carers support information parents young people transition adult social care inclusion training staff lunchtime sensory quiet room".split(" ");

function sentence(rand: () => number, n: number) {
  return Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(" ");
}

export async function seedLarge(count = 20_000) {
  process.env.SEED_PASSWORD ??= "correct horse battery staple";
  await seed();
  const db = getDb();
  const topics = listTopics().map((t) => t.id);
  const actions = listActionChoices().map((a) => a.id);
  let state = 42;
  const rand = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const now = Date.now();
  const statuses = SUGGESTION_STATUSES.filter((s) => s !== "merged");
  db.transaction((tx) => {
    for (let i = 0; i < count; i++) {
      const createdAt = new Date(now - Math.floor(rand() * 730) * 86_400_000 - Math.floor(rand() * 86_400_000));
      const status = statuses[Math.floor(rand() * statuses.length)]!;
      const responded = status !== "received" || rand() < 0.3;
      const firstResponseAt = responded ? new Date(Math.min(now, createdAt.getTime() + Math.floor(rand() * 40) * 86_400_000)) : null;
      const finished = status === "done" || status === "not_possible";
      const published = responded && rand() < 0.8;
      const id = tx
        .insert(suggestions)
        .values({
          body: `Original words ${i}: ${sentence(rand, 25)}`,
          publicWording: published ? `${sentence(rand, 12)}.` : "",
          topicId: topics[Math.floor(rand() * topics.length)]!,
          contributorKind: (["parent_carer", "young_person", "professional", "other"] as const)[Math.floor(rand() * 4)]!,
          contributorEmail: rand() < 0.5 ? `person${i}@example.org` : null,
          consentWording: "bench",
          status,
          publishedAt: published ? firstResponseAt : null,
          outcome: finished ? `We did: ${sentence(rand, 15)}.` : "",
          outcomeAt: finished ? firstResponseAt : null,
          firstResponseAt,
          trackingTokenHash: crypto.randomBytes(16).toString("hex"),
          createdAt,
          updatedAt: createdAt,
        })
        .returning({ id: suggestions.id })
        .get().id;
      tx.insert(suggestionEvents).values({ suggestionId: id, kind: "status", status: "received", publicNote: "We received this suggestion.", isPublic: true, createdAt }).run();
      if (firstResponseAt) tx.insert(suggestionEvents).values({ suggestionId: id, kind: "status", status, publicNote: sentence(rand, 10), isPublic: true, createdAt: firstResponseAt }).run();
      if (rand() < 0.9) tx.insert(suggestionActions).values({ suggestionId: id, actionId: actions[Math.floor(rand() * actions.length)]! }).onConflictDoNothing().run();
      if (published && rand() < 0.3) tx.insert(supporters).values({ suggestionId: id, supporterKey: `browser:${i}`, email: null, stopToken: crypto.randomBytes(12).toString("hex"), createdAt }).run();
    }
  });
  db.run(sql`ANALYZE`);
}

if (process.argv[1]?.endsWith("seed-large.ts")) {
  const started = Date.now();
  await seedLarge(Number(process.argv[2] ?? 20_000));
  console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  closeDb();
}
