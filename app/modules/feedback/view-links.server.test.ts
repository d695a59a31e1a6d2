import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { outbox, viewLinks } from "~db/schema";
import { getDb } from "~/db.server";
import { createAccount } from "~/modules/auth/accounts.server";
import { updateAreaSettings } from "~/modules/settings/area.server";
import { confirmSupport, supportByContact } from "./board.server";
import { addTopic, listTopics } from "./topics.server";
import { changeStatus, merge, publish, setPublicWording } from "./changes.server";
import { makeSuggestion } from "./suggestions.server";
import { VIEW_LINK_DAYS } from "./suggestions.server";
import { openViewLink, sendNewViewLink } from "./view-links.server";

let officerId: string;

beforeAll(async () => {
  updateAreaSettings({ areaName: "Testshire", contactEmail: "help@example.org", safeguardingEmail: "dsl@example.org", responseDays: 20 });
  officerId = await createAccount({ name: "Vi Officer", email: "vi@example.org", password: "purple kettle river", roles: ["officer"] });
  addTopic("Transport");
});

beforeEach(() => getDb().delete(outbox).run());

const emailsTo = (address: string) => getDb().select().from(outbox).where(eq(outbox.toAddress, address)).all();
const tokenIn = (text: string) => /\/track\/([A-Za-z0-9_-]+)/.exec(text)![1]!;

function suggest(body: string, email: string, language: "en" | "cy" = "en") {
  return makeSuggestion({ body, topicId: listTopics()[0]!.id, contributorKind: "parent_carer", name: "Pat", email, userId: null, language });
}

describe("the link in every message about a suggestion", () => {
  it("opens the contributor's own view of an unpublished suggestion, with its outcome and timeline", () => {
    const { reference, trackingToken } = suggest("The school bus leaves before the lift is fixed.", "pat@example.org");
    const id = Number(reference.slice(3));
    getDb().delete(outbox).run();
    expect(changeStatus({ id, status: "done", note: "", outcome: "The lift is fixed before the bus leaves.", officerId })).toMatchObject({
      ok: true,
    });
    const [update] = emailsTo("pat@example.org");
    const value = tokenIn(update!.textBody);
    // A fresh link, not the receipt's, and not the board (the suggestion is not published).
    expect(value).not.toBe(trackingToken);
    expect(update!.textBody).not.toContain("/you-said-we-did");
    const view = openViewLink(value);
    expect(view).toMatchObject({ expired: false, role: "contributor" });
    if (view?.expired !== false) throw new Error("expected a view");
    expect(view.suggestion).toMatchObject({ reference, status: "done", outcome: "The lift is fixed before the bus leaves.", published: false });
    expect(view.suggestion.body).toBe("The school bus leaves before the lift is fixed.");
    expect(view.suggestion.timeline.length).toBeGreaterThan(0);
    // Only its hash is kept.
    expect(
      getDb()
        .select()
        .from(viewLinks)
        .all()
        .some((l) => l.tokenHash === value),
    ).toBe(false);
  });

  it("shows a supporter the suggestion, but never the contributor's own words", () => {
    const { reference } = suggest("More accessible changing places in the town centre.", "writer@example.org");
    const id = Number(reference.slice(3));
    setPublicWording(id, "More changing places in the town centre", officerId);
    publish(id, officerId);
    supportByContact({ suggestionId: id, by: { channel: "email", email: "fan@example.org" }, updates: true });
    const confirm = /\/me-too\/([A-Za-z0-9_-]+)/.exec(emailsTo("fan@example.org")[0]!.textBody)?.[1];
    expect(confirmSupport(confirm!)).toEqual({ suggestionId: id });
    changeStatus({ id, status: "under_review", note: "We are looking at sites.", officerId });
    const update = emailsTo("fan@example.org").find((m) => m.subject.startsWith("Update on"))!;
    const view = openViewLink(tokenIn(update.textBody));
    if (view?.expired !== false) throw new Error("expected a view");
    expect(view.role).toBe("supporter");
    expect(view.suggestion.body).toBe("");
    expect(view.suggestion.publicWording).toBe("More changing places in the town centre");
  });

  it("after a merge, opens the suggestion the person now follows and keeps their own words", () => {
    const first = suggest("Wheelchair taxis are never free on Saturdays.", "first@example.org", "cy");
    const second = suggest("There are too few wheelchair taxis at weekends.", "second@example.org");
    const from = Number(first.reference.slice(3));
    const into = Number(second.reference.slice(3));
    getDb().delete(outbox).run();
    expect(merge({ id: from, intoId: into, note: "", officerId })).toEqual({ ok: true });
    const [merged] = emailsTo("first@example.org");
    const view = openViewLink(tokenIn(merged!.textBody));
    if (view?.expired !== false) throw new Error("expected a view");
    expect(view.suggestion.reference).toBe(second.reference);
    expect(view.mergedFrom).toBe(first.reference);
    expect(view.suggestion.body).toBe("Wheelchair taxis are never free on Saturdays.");
    // They keep their language on the suggestion they now follow.
    getDb().delete(outbox).run();
    changeStatus({ id: into, status: "under_review", note: "", officerId });
    expect(emailsTo("first@example.org")[0]!.subject).toBe(`Diweddariad ar ${second.reference}: yn cael ei adolygu`);
  });

  it("expires, and sends a new link only to the address the message went to, saying the same either way", () => {
    const { reference } = suggest("Let siblings come to the holiday club.", "sib@example.org");
    const id = Number(reference.slice(3));
    getDb().delete(outbox).run();
    changeStatus({ id, status: "under_review", note: "", officerId });
    const value = tokenIn(emailsTo("sib@example.org")[0]!.textBody);
    const later = new Date(Date.now() + (VIEW_LINK_DAYS + 1) * 86_400_000);
    expect(openViewLink(value, later)).toEqual({ expired: true, reference });
    getDb().delete(outbox).run();
    sendNewViewLink(value, "someone.else@example.org", later);
    expect(getDb().select().from(outbox).all()).toHaveLength(0);
    sendNewViewLink(value, " SIB@example.org ", later);
    const [fresh] = emailsTo("sib@example.org");
    expect(fresh!.subject).toBe(`Your new link to ${reference}`);
    expect(openViewLink(tokenIn(fresh!.textBody), later)).toMatchObject({ expired: false, role: "contributor" });
    expect(openViewLink("not-a-link")).toBeUndefined();
  });

  it("sends a new link by text to someone who follows by text, if the number given is theirs", () => {
    const { reference } = makeSuggestion({
      body: "Texts please, not emails.",
      topicId: listTopics()[0]!.id,
      contributorKind: "parent_carer",
      name: null,
      email: null,
      userId: null,
      channel: "sms",
      phone: "+447400123456",
    });
    const id = Number(reference.slice(3));
    getDb().delete(outbox).run();
    changeStatus({ id, status: "under_review", note: "", officerId });
    const [text] = getDb().select().from(outbox).where(eq(outbox.channel, "sms")).all();
    const value = /\/t\/([A-Za-z0-9_-]{16})/.exec(text!.textBody)![1]!;
    const later = new Date(Date.now() + (VIEW_LINK_DAYS + 1) * 86_400_000);
    getDb().delete(outbox).run();
    sendNewViewLink(value, "07400 999999", later);
    expect(getDb().select().from(outbox).all()).toHaveLength(0);
    sendNewViewLink(value, "07400 123456", later);
    const [fresh] = getDb().select().from(outbox).all();
    expect(fresh).toMatchObject({ channel: "sms", toAddress: "+447400123456", subject: `Text: new link to ${reference}` });
    expect(openViewLink(/\/t\/([A-Za-z0-9_-]{16})/.exec(fresh!.textBody)![1]!, later)).toMatchObject({ expired: false });
  });
});
