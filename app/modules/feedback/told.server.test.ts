import { beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "~/modules/auth/accounts.server";
import { NO_CONTACT, type Contact } from "~/modules/contact/contact.server";
import { updateAreaSettings } from "~/modules/settings/area.server";
import { changeStatus } from "./changes.server";
import { forumUpdateList, markPassedOn } from "./forum.server";
import { letterList, markPosted } from "./letters.server";
import { makeSuggestion } from "./suggestions.server";
import { toBeTold, toldOfOutcomes } from "./told.server";

let officerId: string;

beforeAll(async () => {
  updateAreaSettings({ areaName: "Testshire", contactEmail: "help@example.org", forumName: "Testshire Parent Carer Forum" });
  officerId = await createAccount({ name: "Tia Officer", email: "tia@example.org", password: "purple kettle river", roles: ["officer"] });
});

function said(name: string | null, contact: Contact) {
  const { reference } = makeSuggestion({
    body: "The bus to college never has room for a wheelchair.",
    topicId: null,
    contributorKind: "parent_carer",
    name,
    userId: null,
    ...contact,
    channel: contact.channel ?? undefined,
  });
  return Number(reference.slice(3));
}

const done = (id: number) => changeStatus({ id, status: "done", note: "", outcome: "Two more accessible buses run from September.", officerId });

describe("who is told", () => {
  it("shows who a change will reach before it is made, and counts who heard of a period's outcomes by the way they chose", () => {
    const start = Date.now() - 1000;
    const byText = said("Sam", { ...NO_CONTACT, channel: "sms", phone: "+447700900111" });
    const byPost = said("Pat", { ...NO_CONTACT, channel: "post", postalAddress: "1 Mill Lane\nTestford", postcode: "TE1 1AA" });
    const byForum = said("Kim", { ...NO_CONTACT, channel: "forum", forumContact: "Tuesday coffee morning" });
    const nobody = said(null, NO_CONTACT);

    expect(toBeTold(byText)).toMatchObject({ byChannel: { sms: 1, email: 0 }, total: 1, notTold: 0 });
    expect(toBeTold(byForum).byChannel.forum).toBe(1);
    expect(toBeTold(nobody)).toMatchObject({ total: 0, notTold: 0 });

    for (const id of [byText, byPost, byForum, nobody]) expect(done(id)).toMatchObject({ ok: true });
    const period = () => toldOfOutcomes(start, Date.now() + 1000);
    // The text went; the letter and the forum's news wait for people to do their part.
    expect(period()).toMatchObject({ outcomes: 4, told: 1, byChannel: { sms: 1, post: 0, forum: 0 }, waiting: 2, reachedNobody: 3 });

    markPosted(
      letterList().waiting.map((l) => l.id),
      officerId,
    );
    const forum = forumUpdateList().waiting.find((u) => u.suggestionId === byForum)!;
    expect(markPassedOn(forum.id, officerId)).toBe(true);
    expect(period()).toMatchObject({
      outcomes: 4,
      told: 3,
      byChannel: { sms: 1, post: 1, forum: 1, email: 0 },
      waiting: 0,
      notTold: 0,
      reachedNobody: 1,
    });
    // An outcome outside the period is not counted.
    expect(toldOfOutcomes(start - 10_000, start).outcomes).toBe(0);
  });
});
