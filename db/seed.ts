// Builds the demo local area. `tsx db/seed.ts --if-empty` (run by `npm start`)
// does nothing when the database already has people in it.
import crypto from "node:crypto";
import { pathToFileURL } from "node:url";
import { count } from "drizzle-orm";
import { users, type AgeGroup, type Role } from "~db/schema";
import { closeDb, getDb } from "~/db.server";
import { activities } from "~/modules/activities/registry.server";
import { createAccount } from "~/modules/auth/accounts.server";
import { updateAreaSettings } from "~/modules/settings/area.server";
import { seedThemes } from "~/modules/themes/demo.server";

const WORDS = "amber harbour willow lantern meadow copper river orchard pebble thistle beacon maple puffin quartz saffron tide".split(" ");

function demoPassword(): string {
  if (process.env.SEED_PASSWORD) return process.env.SEED_PASSWORD;
  const pick = () => WORDS[crypto.randomInt(WORDS.length)];
  return `${pick()}-${pick()}-${pick()}-${crypto.randomInt(10, 99)}`;
}

export const DEMO_PEOPLE: { name: string; email: string; roles: Role[]; who: string; ageGroup?: AgeGroup }[] = [
  { name: "Alex Morgan", email: "admin@northsomerset.example", roles: ["admin", "officer"], who: "admin" },
  { name: "Priya Shah", email: "officer@northsomerset.example", roles: ["officer"], who: "engagement officer" },
  { name: "Jo Hughes", email: "organiser@northsomerset.example", roles: ["organiser"], who: "parent carer forum organiser" },
  { name: "Sam Carter", email: "ambassador1@northsomerset.example", roles: ["ambassador"], who: "SEND ambassador, 15", ageGroup: "13_to_17" },
  { name: "Maya Okafor", email: "ambassador2@northsomerset.example", roles: ["ambassador"], who: "SEND ambassador, 17", ageGroup: "13_to_17" },
  { name: "Ellis Ward", email: "ambassador3@northsomerset.example", roles: ["ambassador"], who: "SEND ambassador, 14", ageGroup: "13_to_17" },
  { name: "Rachel Evans", email: "parent1@northsomerset.example", roles: [], who: "parent carer", ageGroup: "18_plus" },
  { name: "Tom Bennett", email: "parent2@northsomerset.example", roles: [], who: "parent carer", ageGroup: "18_plus" },
  { name: "Leah Patel", email: "young.person@northsomerset.example", roles: [], who: "young person, 16", ageGroup: "13_to_17" },
];

export async function seed() {
  const db = getDb();
  updateAreaSettings(
    {
      areaName: "North Somerset",
      contactEmail: "send.coproduction@northsomerset.example",
      safeguardingEmail: "safeguarding.lead@northsomerset.example",
      responseDays: 20,
      forumName: "North Somerset Parent Carers Working Together",
      // Welsh and Urdu have the whole interface; Polish, the area's most spoken other language, its texts only.
      contentLanguages: ["cy", "ur", "pl"],
    },
    db,
  );
  const accounts: { who: string; email: string; password: string }[] = [];
  const ids: string[] = [];
  for (const person of DEMO_PEOPLE) {
    const password = demoPassword();
    ids.push(await createAccount({ ...person, password }, db));
    accounts.push({ who: person.who, email: person.email, password });
  }
  // Each kind of activity adds its own example, in registry order (the Tell us form's strategy and topics come first).
  const area = { officerId: ids[1]!, organiserId: ids[2]!, ambassadorIds: [ids[3]!, ids[4]!] };
  for (const [, activity] of activities()) activity.demo(area);
  // Key messages gather what every kind heard, so they come last.
  seedThemes(area.officerId);
  return accounts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const ifEmpty = process.argv.includes("--if-empty");
  const people = getDb().select({ n: count() }).from(users).get()?.n ?? 0;
  if (ifEmpty && people > 0) {
    console.log("The demo area is already set up; its passwords were printed when it was made. To start again, delete the data/ folder.");
  } else if (people > 0) {
    console.error("The database already has people in it. Delete data/coproduce.db first, or use --if-empty.");
    process.exitCode = 1;
  } else {
    const accounts = await seed();
    console.log("\nSeeded the demo local area, North Somerset. Demo accounts (passwords shown only now):\n");
    for (const a of accounts) console.log(`  ${a.who.padEnd(30)} ${a.email.padEnd(40)} ${a.password}`);
    console.log("");
  }
  closeDb();
}
