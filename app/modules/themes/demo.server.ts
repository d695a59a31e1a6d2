import { getDb } from "~/db.server";
import { users } from "~db/schema";
import { eq } from "drizzle-orm";
import { listActionChoices } from "~/modules/strategy/strategy.server";
import { addDays, londonDate } from "~/utils/dates";
import { proposeGroupings } from "./groupings.server";
import { unthemedItems } from "./items.server";
import { attachItems, createTheme, linkThemeActions } from "./themes.server";
import { createReport, publishReport } from "./told-us.server";

// The demo area's key messages, in the spirit of a council's "What young people and parents have
// told us: key messages and common themes" (seed 004), but gathered from what the demo's people said:
// three themes, each linked to the strategy actions that answer it, published for the last six
// months; what is left has suggested groupings waiting for an officer.

const DEMO_THEMES = [
  {
    name: "Waiting too long for assessments and therapy",
    description: "Families wait months or years for autism assessments, CAMHS, therapy and EHC needs assessments, and hear nothing while they wait.",
    descriptionEasyRead: "People wait a long time for help. Nobody tells them what is happening.",
    words: /\b(wait(ing|ed)?|assessment|therapy|CAMHS)\b/i,
    actions: ["1.2", "2.1", "2.2"],
  },
  {
    name: "Transport to school and college",
    description: "Young people want the same driver each day, sensible pick-up times, and to know about transport before they accept a place.",
    descriptionEasyRead: "Young people want the same driver. They want to know about transport early.",
    words: /\b(transport|taxi|driver)\b/i,
    actions: ["4.3"],
  },
  {
    name: "Finding information in plain words",
    description: "The Local Offer and letters are hard to use and full of jargon; families want plain words, a search box and a what’s-on calendar.",
    descriptionEasyRead: "Information is hard to find and hard to read. Use plain words.",
    words: /\b(local offer|jargon|plain)\b/i,
    actions: ["4.2", "4.1"],
  },
];

export function seedThemes(officerId: string, now = new Date()) {
  const db = getDb();
  const officer = { id: officerId, name: db.select({ name: users.name }).from(users).where(eq(users.id, officerId)).get()!.name };
  const actions = listActionChoices(db);
  const themeIds = DEMO_THEMES.map((demo) => {
    const id = createTheme({ name: demo.name, description: demo.description, descriptionEasyRead: demo.descriptionEasyRead }, officer);
    const items = unthemedItems(db).filter((item) => demo.words.test(item.text));
    if (items.length) attachItems(id, items, officer);
    linkThemeActions(
      id,
      actions.filter((a) => demo.actions.includes(a.code)).map((a) => a.id),
      officer,
    );
    return id;
  });
  const to = londonDate(now);
  const made = createReport(
    {
      title: "What you told us this year",
      from: addDays(to, -365),
      to,
      introduction: "We heard from parents, carers and young people at events, in surveys, in our groups and through the Tell us form.",
      themeIds,
    },
    officer,
  );
  if (made.ok) publishReport(made.id, officer, now);
  proposeGroupings(now);
}
