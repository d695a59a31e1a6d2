// Fills a database with a large local area for the benchmarks: the demo area plus
// 200 strategy actions, 20,000 suggestions over two years (most published), 100 events
// with 20,000 registrations, 2,000 charter signatures and a 20-question survey with
// 100,000 responses, then 200 themes on one published "What you told us" page. Written straight into
// the tables, in a few transactions.
// Usage: DATABASE_PATH=/tmp/big.db tsx bench/seed-large.ts [suggestions] [responses]
import crypto from "node:crypto";
import { eq, isNotNull, sql } from "drizzle-orm";
import {
  charterSignatures,
  charterVersions,
  events,
  registrations,
  strategyActions,
  strategyAreas,
  suggestionActions,
  suggestionTimeline,
  suggestions,
  supporters,
  users,
} from "~db/schema";
import { SUGGESTION_STATUSES } from "~db/schema/enums";
import { closeDb, getDb } from "~/db.server";
import { listActionChoices } from "~/modules/strategy/strategy.server";
import { listTopics } from "~/modules/feedback/topics.server";
import { seed } from "../db/seed";
import { seedSurvey } from "./seed-survey";
import { attachItems, createTheme, linkThemeActions } from "~/modules/themes/themes.server";
import { createReport, publishReport } from "~/modules/themes/told-us.server";

const WORDS =
  "short breaks booking summer scheme autism diagnosis waiting list transport taxi college school exclusion ehcp annual review therapy speech language occupational camhs counselling local offer website letters jargon youth club evening weekend respite carers support information parents young people transition adult social care inclusion training staff lunchtime sensory quiet room".split(
    " ",
  );

function sentence(rand: () => number, n: number) {
  return Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(" ");
}

export async function seedLarge(count = 20_000, responses = 100_000) {
  process.env.SEED_PASSWORD ??= "correct horse battery staple";
  await seed();
  const db = getDb();
  const officerId = db.select({ id: users.id }).from(users).where(eq(users.email, "officer@northsomerset.example")).get()!.id;
  const now0 = Date.now();
  let seedState = 7;
  const r0 = () => (seedState = (seedState * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  db.transaction((tx) => {
    // 200 actions in all, spread over the demo strategy's areas.
    const areas = tx.select().from(strategyAreas).all();
    const existing = tx.select({ id: strategyActions.id }).from(strategyActions).all().length;
    for (let i = existing; i < 200; i++) {
      const area = areas[i % areas.length]!;
      tx.insert(strategyActions)
        .values({
          strategyId: area.strategyId,
          areaId: area.id,
          code: `${area.position + 1}.${100 + i}`,
          title: `We will ${sentence(r0, 12)}`,
          how: sentence(r0, 30),
          measures: sentence(r0, 15),
          lead: "Bench lead",
          dueDate: "2027-03-31",
          status: "on_track",
          participationLevel: "consult",
          updatedAt: new Date(now0),
        })
        .run();
    }
    // 100 events, half past and half coming, with 200 registrations each.
    for (let e = 0; e < 100; e++) {
      const startsAt = new Date(now0 + (e - 50) * 3 * 86_400_000);
      const eventId = tx
        .insert(events)
        .values({
          title: `Bench listening event ${e + 1}`,
          description: JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: sentence(r0, 40) }] }] }),
          type: "listening_event",
          audience: "parent_carers",
          participationLevel: "consult",
          startsAt,
          endsAt: new Date(startsAt.getTime() + 7_200_000),
          format: "in_person",
          venue: "Bench venue",
          capacity: 250,
          registrationClosesAt: startsAt,
          status: "published",
          createdBy: officerId,
          updatedAt: startsAt,
        })
        .returning({ id: events.id })
        .get().id;
      for (let r = 0; r < 200; r++) {
        tx.insert(registrations)
          .values({
            eventId,
            name: `Person ${e}-${r}`,
            email: `person-${e}-${r}@example.org`,
            role: r % 7 === 0 ? "young_person" : r % 11 === 0 ? "professional" : "parent_carer",
            places: 1,
            consentWording: "bench",
            status: "confirmed",
            attendedAt: e < 50 && r % 4 !== 0 ? startsAt : null,
            manageToken: `bench-${e}-${r}`,
            createdAt: new Date(startsAt.getTime() - 86_400_000),
          })
          .run();
      }
    }
    // 2,000 confirmed, public charter signatures.
    const version = tx.select({ id: charterVersions.id }).from(charterVersions).where(isNotNull(charterVersions.publishedAt)).get()!.id;
    for (let i = 0; i < 2000; i++) {
      tx.insert(charterSignatures)
        .values({
          versionId: version,
          name: `Signer ${i}`,
          email: `signer-${i}@example.org`,
          kind: i % 10 === 0 ? "organisation" : "parent_carer",
          organisation: i % 10 === 0 ? `Organisation ${i}` : "",
          listPublicly: true,
          consentWording: "bench",
          status: "confirmed",
          confirmTokenHash: `bench-confirm-${i}`,
          manageToken: `bench-manage-${i}`,
          createdAt: new Date(now0),
          confirmedAt: new Date(now0),
        })
        .run();
    }
  });
  const surveyId = seedSurvey(responses, officerId);
  db.run(sql`update surveys set results_published_at = ${now0}, participation_level = 'consult' where id = ${surveyId}`);
  const topics = listTopics().map((t) => t.id);
  const actions = listActionChoices().map((a) => a.id);
  let state = 42;
  const rand = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
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
      tx.insert(suggestionTimeline)
        .values({ suggestionId: id, kind: "status", status: "received", publicNote: "We received this suggestion.", isPublic: true, createdAt })
        .run();
      if (firstResponseAt)
        tx.insert(suggestionTimeline)
          .values({ suggestionId: id, kind: "status", status, publicNote: sentence(rand, 10), isPublic: true, createdAt: firstResponseAt })
          .run();
      if (rand() < 0.9)
        tx.insert(suggestionActions)
          .values({ suggestionId: id, actionId: actions[Math.floor(rand() * actions.length)]! })
          .onConflictDoNothing()
          .run();
      if (published && rand() < 0.3)
        tx.insert(supporters)
          .values({ suggestionId: id, supporterKey: `browser:${i}`, email: null, stopToken: crypto.randomBytes(12).toString("hex"), createdAt })
          .run();
    }
  });
  // 200 themes of 100 suggestions each, every one linked to an action, all on one published
  // "What you told us" page: the key messages page at its largest.
  const officer = { id: officerId, name: "Bench officer" };
  // Suggestions with an outcome first, so each theme has outcomes to show.
  const ids = db
    .select({ id: suggestions.id })
    .from(suggestions)
    .orderBy(sql`${suggestions.status} = 'done' desc`, suggestions.id)
    .all()
    .map((r) => r.id);
  const themeIds = Array.from({ length: 200 }, (_, t) => {
    const id = createTheme({ name: `Key message ${t + 1}: ${sentence(rand, 4)}`, description: sentence(rand, 30), descriptionEasyRead: "" }, officer);
    const chosen = ids.slice(t * 100, t * 100 + 100).map((n) => ({ kind: "suggestion" as const, key: String(n) }));
    const attached = attachItems(id, chosen, officer);
    if (!attached.ok) throw new Error(attached.message);
    linkThemeActions(id, [actions[t % actions.length]!], officer);
    return id;
  });
  const today = new Date().toISOString().slice(0, 10);
  const made = createReport({ title: "What you told us: a large area", from: "2020-01-01", to: today, introduction: "", themeIds }, officer);
  if (!made.ok) throw new Error(made.message);
  const report = made.id;
  publishReport(report, officer);
  db.run(sql`ANALYZE`);
}

if (process.argv[1]?.endsWith("seed-large.ts")) {
  const started = Date.now();
  await seedLarge(Number(process.argv[2] ?? 20_000), Number(process.argv[3] ?? 100_000));
  console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  closeDb();
}
