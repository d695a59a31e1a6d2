import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, outbox, suggestedGroupings, suggestionTimeline, themeItems } from "~db/schema";
import { getDb } from "~/db.server";
import { createAccount } from "~/modules/auth/accounts.server";
import { changeMany } from "~/modules/feedback/bulk.server";
import { publish, setPublicWording } from "~/modules/feedback/changes.server";
import { makeSuggestion } from "~/modules/feedback/suggestions.server";
import { updateAreaSettings } from "~/modules/settings/area.server";
import { addAction, createStrategy } from "~/modules/strategy/strategy.server";
import { acceptGrouping, dismissGrouping, listGroupings, proposeGroupings, renameGrouping, splitGrouping } from "./groupings.server";
import { parseRef, unthemedItems } from "./items.server";
import { attachItems, createTheme, detachItems, linkThemeActions, mergeThemes, splitTheme, themeForOfficer } from "./themes.server";
import { agreeReport, createReport, publishedReports, publishReport, raisedBy, reportToDraft, reportView } from "./told-us.server";
import { actAs } from "~/modules/privacy/actor.server";

let officer: { id: string; name: string };
let forum: { id: string; name: string };
let actionId: number;

const said = (body: string, kind: "parent_carer" | "young_person" = "parent_carer", email: string | null = null) =>
  makeSuggestion({ body, topicId: null, contributorKind: kind, name: email ? "Private Person" : null, email, userId: null }).id;
const ref = (id: number) => ({ kind: "suggestion" as const, key: String(id) });
const blank = { description: "", descriptionEasyRead: "" };

beforeAll(async () => {
  updateAreaSettings({ areaName: "Testshire", contactEmail: "help@example.org", responseDays: 20, forumName: "Testshire Parent Carers" });
  officer = {
    id: await createAccount({ name: "Olu Officer", email: "olu@example.org", password: "purple kettle river", roles: ["officer"] }),
    name: "Olu Officer",
  };
  forum = {
    id: await createAccount({ name: "Fern Forum", email: "fern@example.org", password: "purple kettle river", roles: ["organiser"] }),
    name: "Fern Forum",
  };
  const strategy = createStrategy({ name: "Strategy", period: "2025 to 2027", summary: "Our plan." });
  const made = addAction(
    strategy,
    {
      area: "Area 2",
      code: "2.2",
      title: "Timely therapy",
      how: "",
      measures: "",
      lead: "",
      dueDate: null,
      participationLevel: null,
      status: "on_track",
    },
    officer.id,
  );
  if (!made.ok) throw new Error(made.message);
  actionId = made.id;
});

describe("themes", () => {
  it("holds items from any source once, moves them between themes, and records every change", () => {
    const a = said("Waiting two years for speech therapy.");
    const b = said("Speech therapy waits are far too long.", "young_person");
    const first = createTheme({ name: "Therapy waits", ...blank }, officer);
    const second = createTheme({ name: "Other", ...blank }, officer);
    expect(attachItems(first, [ref(a), ref(b)], officer)).toEqual({ ok: true, attached: 2, moved: 0 });
    expect(attachItems(second, [ref(b)], officer)).toEqual({ ok: true, attached: 1, moved: 1 });
    const view = themeForOfficer(first)!;
    expect(view.total).toBe(1);
    expect(themeForOfficer(second)!.history.map((h) => h.said)).toContain("1 item added, 1 of them from other themes.");
    expect(view.history.map((h) => h.said)).toContain("1 item moved to the theme “Other”.");
    expect(linkThemeActions(first, [actionId], officer)).toEqual({ ok: true });
    expect(themeForOfficer(first)!.linked.map((l) => l.code)).toEqual(["2.2"]);
    expect(linkThemeActions(first, [999_999], officer)).toMatchObject({ ok: false });
  });

  it("refuses the whole step when any item is held back or gone, attaching none", () => {
    const fine = said("More evening youth clubs please.");
    const held = said("I am scared to go home tonight, he hurts me.");
    const theme = createTheme({ name: "Youth clubs", ...blank }, officer);
    expect(attachItems(theme, [ref(fine), ref(held)], officer)).toMatchObject({ ok: false });
    expect(attachItems(theme, [ref(fine), ref(999_999)], officer)).toMatchObject({ ok: false });
    expect(getDb().select().from(themeItems).where(eq(themeItems.themeId, theme)).all()).toEqual([]);
  });

  it("merges one theme into another, items and actions too, and splits some items into a new theme", () => {
    const ids = [said("Transport driver changes."), said("Taxi is late."), said("Bus pass came late.")];
    const from = createTheme({ name: "Taxis", ...blank }, officer);
    const into = createTheme({ name: "Transport", ...blank }, officer);
    attachItems(from, ids.map(ref), officer);
    linkThemeActions(from, [actionId], officer);
    expect(mergeThemes(from, into, officer)).toEqual({ ok: true, moved: 3 });
    expect(themeForOfficer(from)!.mergedInto).toEqual({ id: into, name: "Transport" });
    expect(themeForOfficer(into)!.linked).toHaveLength(1);
    expect(mergeThemes(from, into, officer)).toMatchObject({ ok: false });
    const split = splitTheme(into, [ref(ids[2]!)], { name: "Bus passes", ...blank }, officer);
    expect(split).toMatchObject({ ok: true });
    expect(themeForOfficer(into)!.total).toBe(2);
    expect(themeForOfficer((split as { id: number }).id)!.total).toBe(1);
    expect(splitTheme(into, ids.slice(0, 2).map(ref), { name: "All", ...blank }, officer)).toMatchObject({ ok: false });
    expect(detachItems(into, [ref(ids[0]!)], officer)).toEqual({ ok: true, detached: 1 });
  });

  it("writes its changes to the audit trail while staff act", () => {
    const id = actAs(officer, () => createTheme({ name: "Audited", ...blank }, officer));
    expect(
      getDb()
        .select()
        .from(auditLog)
        .where(eq(auditLog.subject, `themes:${id}`))
        .all(),
    ).toHaveLength(1);
  });

  it("counts by source and kind of person in words, as a key message says it", () => {
    expect(
      raisedBy(
        [
          { sourceKind: "events", items: 100, activities: 3 },
          { sourceKind: "surveys", items: 43, activities: 1 },
        ],
        { parent_carer: 120, young_person: 23 },
      ),
    ).toBe("raised by 143 parents and carers and young people at 3 events and in 1 survey");
    expect(raisedBy([{ sourceKind: "tellUs", items: 1, activities: 0 }], { young_person: 1 })).toBe(
      "raised by 1 young person through the Tell us form",
    );
  });
});

describe("bulk steps into themes", () => {
  it("adds many suggestions to a theme in one step, or none when one cannot be", () => {
    const ids = [said("Short breaks fill fast."), said("Short breaks booking is hard.")];
    const theme = createTheme({ name: "Short breaks", ...blank }, officer);
    const done = changeMany(ids, { kind: "theme", themeId: theme }, officer);
    expect(done).toMatchObject({ ok: true, said: "2 suggestions added to the theme “Short breaks”; 0 people will be emailed." });
    // Each keeps its own (private) timeline entry.
    for (const id of ids) {
      const entries = getDb().select().from(suggestionTimeline).where(eq(suggestionTimeline.suggestionId, id)).all();
      expect(entries.find((e) => e.kind === "theme")).toMatchObject({ publicNote: "Added to the theme “Short breaks”.", isPublic: false });
    }
    const gone = changeMany([...ids, 999_999], { kind: "theme", themeId: theme }, officer);
    expect(gone.ok).toBe(false);
  });

  it("gives many suggestions one public wording, each with its own timeline entry", () => {
    const ids = [said("Evening physio please."), said("Physio after school.")];
    expect(changeMany(ids, { kind: "wording", wording: "Physiotherapy after school hours." }, officer)).toMatchObject({ ok: true });
  });
});

describe("What you told us", () => {
  it("shows only public wordings and counts, never anyone's own words, name or email", () => {
    const privateWords = "My son Jack at Hillside School waits for CAMHS.";
    const a = said(privateWords, "parent_carer", "private.parent@example.org");
    const b = said("CAMHS waits are far too long.", "young_person");
    setPublicWording(a, "Families wait too long for CAMHS.", officer.id);
    publish(a, officer.id);
    const theme = createTheme({ name: "CAMHS waits", description: "People wait months.", descriptionEasyRead: "People wait a long time." }, officer);
    attachItems(theme, [ref(a), ref(b)], officer);
    linkThemeActions(theme, [actionId], officer);
    const today = new Date().toISOString().slice(0, 10);
    const made = createReport({ title: "Autumn", from: "2020-01-01", to: today, introduction: "", themeIds: [theme] }, officer);
    if (!made.ok) throw new Error(made.message);
    const report = made.id;
    expect(reportView(report, { forPublic: true })).toBeUndefined();
    expect(createReport({ title: "Gone", from: "2026-01-01", to: "2026-01-31", introduction: "", themeIds: [999_999] }, officer)).toEqual({
      ok: false,
      message: "Choose themes from the list",
    });
    expect(publishReport(report, officer)).toEqual({ ok: true, awaitingForum: false });
    const view = reportView(report, { forPublic: true })!;
    const page = JSON.stringify(view);
    expect(view.themes[0]).toMatchObject({ count: 2, raisedBy: "raised by 2 parents and carers and young people through the Tell us form" });
    expect(view.themes[0]!.outcomes).toEqual([]);
    expect(themeForOfficer(theme)!.wordings).toEqual(["Families wait too long for CAMHS."]);
    for (const secret of [privateWords, "Jack", "Hillside", "private.parent@example.org", "Private Person", "CAMHS waits are far too long."])
      expect(page).not.toContain(secret);
    expect(publishedReports({ from: today, to: today }).map((r) => r.id)).toContain(report);
  });

  it("waits for the forum under joint sign-off, and the one who proposed it cannot agree it", () => {
    updateAreaSettings({
      areaName: "Testshire",
      contactEmail: "help@example.org",
      responseDays: 20,
      forumName: "Testshire Parent Carers",
      jointSignOff: true,
    });
    const theme = createTheme({ name: "Signed off", ...blank }, officer);
    const made = createReport({ title: "Agreed", from: "2026-01-01", to: "2026-03-31", introduction: "", themeIds: [theme] }, officer);
    if (!made.ok) throw new Error(made.message);
    const report = made.id;
    expect(publishReport(report, officer)).toEqual({ ok: true, awaitingForum: true });
    expect(reportView(report, { forPublic: true })).toBeUndefined();
    expect(agreeReport(report, officer)).toMatchObject({ ok: false });
    expect(agreeReport(report, forum)).toEqual({ ok: true });
    expect(reportView(report, { forPublic: true })!.report).toMatchObject({ state: "published", forumName: "Testshire Parent Carers" });
    expect(reportToDraft(report)).toEqual({ ok: true });
    expect(reportView(report, { forPublic: true })).toBeUndefined();
    updateAreaSettings({
      areaName: "Testshire",
      contactEmail: "help@example.org",
      responseDays: 20,
      forumName: "Testshire Parent Carers",
      jointSignOff: false,
    });
  });
});

describe("suggested groupings", () => {
  it("proposes alike items with no theme, and attaches nothing until accepted", () => {
    getDb().delete(themeItems).run();
    const ids = [
      said("The school holiday club has no places for disabled children."),
      said("Holiday club places for disabled children run out at once."),
      said("More holiday club places for disabled children, please."),
      said("Disabled children need holiday club places in the summer."),
    ];
    const before = getDb().select().from(outbox).all().length;
    expect(proposeGroupings()).toBeGreaterThan(0);
    const grouping = listGroupings().groupings.find((g) => g.words.includes("holiday"))!;
    expect(grouping.size).toBeGreaterThanOrEqual(4);
    expect(getDb().select().from(themeItems).all()).toEqual([]);
    expect(renameGrouping(grouping.id, "Holiday clubs")).toEqual({ ok: true });
    const accepted = acceptGrouping(grouping.id, { theme: { name: "Holiday clubs", ...blank } }, officer);
    expect(accepted).toMatchObject({ ok: true });
    const themed = themeForOfficer((accepted as { themeId: number }).themeId)!;
    expect(themed.items.map((i) => Number(i.key))).toEqual(expect.arrayContaining(ids));
    expect(acceptGrouping(grouping.id, { themeId: themed.theme.id }, officer)).toMatchObject({ ok: false });
    expect(getDb().select().from(outbox).all().length).toBe(before);
  });

  it("splits a grouping in two and never proposes a dismissed one again", () => {
    getDb().delete(themeItems).run();
    getDb().delete(suggestedGroupings).run();
    proposeGroupings();
    const [first] = listGroupings().groupings;
    expect(first).toBeDefined();
    if (first!.size >= 4) expect(splitGrouping(first!.id)).toMatchObject({ ok: true });
    for (const g of listGroupings().groupings) expect(dismissGrouping(g.id)).toEqual({ ok: true });
    proposeGroupings();
    expect(listGroupings().groupings).toEqual([]);
    expect(unthemedItems().length).toBeGreaterThan(0);
  });

  it("reads item references strictly", () => {
    expect(parseRef("suggestion:12")).toEqual({ kind: "suggestion", key: "12" });
    expect(parseRef("answer:3:4")).toEqual({ kind: "answer", key: "3:4" });
    for (const bad of ["answer:3", "suggestion:1:2", "theme:1", "suggestion:<script>", "suggestion:", "suggestion:1 or 1=1"])
      expect(parseRef(bad)).toBeUndefined();
  });
});
