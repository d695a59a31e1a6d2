import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outbox, users } from "~db/schema";
import { seed } from "~db/seed";
import { getDb } from "~/db.server";
import { evidenceReport } from "~/modules/impact/evidence.server";
import { erasePerson, personData } from "~/modules/privacy/your-data.server";
import { applyRetention } from "~/modules/privacy/retention.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { ACTIVITY_KINDS } from "./activity";
import { ACTIVITIES, activities, menuFor } from "./registry.server";

// Each duty of the activity registry, checked for every kind of activity on the demo area, so a new
// kind is covered by these tests as soon as it is registered (and has demo data, as every kind should).

type Person = { id: string; email: string };
let people: Person[] = [];

/** Every row of every table, as text: what a search of the database file would find. */
function everything(): string {
  const db = getDb();
  const tables = db.all<{ name: string }>(sql`select name from sqlite_master where type = 'table'`);
  return tables.map((t) => JSON.stringify(db.all(sql.raw(`select * from "${t.name}"`)))).join("\n");
}

/** What one kind holds about a person, as "your data" asks for it. */
function held(kind: keyof typeof ACTIVITIES, person: Person) {
  return ACTIVITIES[kind].personalData.export({ userId: person.id, email: person.email, provedEmail: person.email }, getDb());
}

const hasRecords = (sections: Record<string, unknown[]>) => Object.values(sections).some((records) => records.length > 0);

beforeAll(async () => {
  await seed();
  people = getDb().select({ id: users.id, email: users.email }).from(users).all();
}, 60_000);

describe("the activity registry", () => {
  it("has one entry for every kind of activity", () => {
    expect(Object.keys(ACTIVITIES).sort()).toEqual([...ACTIVITY_KINDS].sort());
  });

  it("exports: for every kind, a demo person's records in it appear in their data", () => {
    for (const [kind] of activities()) {
      const person = people.find((p) => hasRecords(held(kind, p)));
      expect(person, `nobody in the demo area has records in ${kind}`).toBeDefined();
      const data = personData(person!.id)!;
      for (const [section, records] of Object.entries(held(kind, person!))) expect(data[section], `${kind}: ${section}`).toEqual(records);
    }
  });

  it("counts evidence: for every kind, the demo area's report over two years has its activities, and figures for some", () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const report = evidenceReport(day(-365), day(365));
    for (const [kind] of activities()) {
      const found = report.activities.filter((a) => a.kind === kind);
      expect(found.length, `no ${kind} in the evidence report`).toBeGreaterThan(0);
      // An event still to come may have no bookings yet; some activity of every kind has figures.
      expect(
        found.some((a) => a.measures.some((m) => m.count > 0)),
        `no ${kind} activity with figures`,
      ).toBe(true);
    }
  });

  it("holds back: for every kind, each free text the safeguarding check reads is held back when it has words on the list, and only then", () => {
    const now = new Date();
    const checked = activities().flatMap(([kind, activity]) => activity.safeguarding.checks.map((check) => [kind, check] as const));
    expect(new Set(checked.map(([kind]) => kind)).size, "kinds whose free text is checked").toBeGreaterThanOrEqual(5);
    for (const [kind, check] of checked) {
      expect(check.tryOut("Sometimes I think I will hurt myself", now).heldBack, `${kind}: ${check.what}, with words on the list`).toBe(true);
      expect(check.tryOut("Please open the library on Saturdays too", now).heldBack, `${kind}: ${check.what}, with ordinary words`).toBe(false);
    }
  });

  it("erases: for every kind, a person with records in it is found nowhere in the database afterwards", () => {
    const chosen = new Map<string, Person>();
    for (const [kind] of activities()) {
      const person = people.find((p) => hasRecords(held(kind, p)));
      expect(person, `nobody in the demo area has records in ${kind}`).toBeDefined();
      chosen.set(person!.id, person!);
    }
    for (const person of chosen.values()) {
      expect(everything()).toContain(person.email);
      expect(erasePerson(person.id, "Registry test")).toBe(true);
      expect(everything().includes(person.email), `${person.email} is still in the database`).toBe(false);
    }
  });

  it("retains: every kind reports what it removed as counts, and a second run removes nothing more", () => {
    const later = new Date(Date.now() + 10 * 365 * 86_400_000);
    const periods = getAreaSettings();
    const first = applyRetention(later);
    for (const [kind, activity] of activities()) {
      for (const [what, count] of Object.entries(getDb().transaction((tx) => activity.personalData.applyRetention(periods, tx, later)))) {
        expect(count, `${kind}: ${what} removed again`).toBe(0);
        expect(first[what], `${kind}: ${what} in the daily result`).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it("runs timed work: every kind's jobs, run again at the same moment, send nothing twice", () => {
    const queued = () => getDb().select({ id: outbox.id }).from(outbox).all().length;
    // A week on, when the demo's upcoming events and review rounds are due their reminders.
    for (const days of [0, 6, 7, 13]) {
      const at = new Date(Date.now() + days * 86_400_000);
      for (const [kind, activity] of activities()) {
        for (const job of activity.timedWork) {
          job.everyMinute(at);
          const after = queued();
          job.everyMinute(at);
          expect(queued(), `${kind}: ${job.name}, day ${days}`).toBe(after);
        }
      }
    }
  });

  it("builds the menu: every kind's links, each shown only to the people it is for", () => {
    const visitor = menuFor([]);
    for (const [kind, activity] of activities()) {
      for (const link of activity.menu) {
        const forEveryone = !link.onlyFor;
        expect(
          visitor.some((l) => l.to === link.to),
          `${kind}: ${link.to} for visitors`,
        ).toBe(forEveryone);
        for (const role of link.onlyFor ?? [])
          expect(
            menuFor([role]).some((l) => l.to === link.to),
            `${kind}: ${link.to} for ${role}`,
          ).toBe(true);
      }
    }
  });
});
