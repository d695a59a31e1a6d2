import { beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "~/modules/auth/accounts.server";
import { updateAreaSettings } from "~/modules/settings/area.server";
import { tellUsActivity } from "./activity.server";
import { changeStatus } from "./changes.server";
import { countForForum, forumUpdateList, markPassedOn } from "./forum.server";
import { makeSuggestion } from "./suggestions.server";
import { addTopic, listTopics } from "./topics.server";
import { getDb } from "~/db.server";

let officerId: string;

beforeAll(async () => {
  updateAreaSettings({ areaName: "Testshire", contactEmail: "help@example.org", forumName: "Testshire Parent Carers" });
  officerId = await createAccount({ name: "Fo Officer", email: "fo@example.org", password: "purple kettle river", roles: ["officer"] });
  addTopic("Transport");
});

describe("hearing back through the forum", () => {
  it("gives the forum's organisers only a first name, how to reach them and what happened, until they mark it passed on", () => {
    const { reference } = makeSuggestion({
      body: "My daughter's bus pass renewal form only works online.",
      topicId: listTopics()[0]!.id,
      contributorKind: "parent_carer",
      name: "Aisha Rahman",
      email: null,
      userId: null,
      channel: "forum",
      forumContact: "Tuesday coffee morning at Weston library",
    });
    const id = Number(reference.slice(3));
    expect(countForForum()).toBe(0);
    changeStatus({ id, status: "done", note: "", outcome: "Paper forms are back at every library.", officerId });
    const { waiting } = forumUpdateList();
    expect(waiting).toMatchObject([
      {
        reference,
        firstName: "Aisha",
        reach: "Tuesday coffee morning at Weston library",
        status: "done",
        news: "Paper forms are back at every library.",
      },
    ]);
    // Nothing else about them: not their surname, not their own words.
    expect(JSON.stringify(waiting)).not.toContain("Rahman");
    expect(JSON.stringify(waiting)).not.toContain("renewal form only works online");
    expect(markPassedOn(waiting[0]!.id, officerId)).toBe(true);
    expect(markPassedOn(waiting[0]!.id, officerId)).toBe(false);
    expect(forumUpdateList()).toMatchObject({ waiting: [], passedOn: [{ reference, firstName: "Aisha" }] });
  });

  it("forgets how to reach a person whose data is erased, and has nothing left to pass on", async () => {
    const userId = await createAccount({ name: "Bea Erased", email: "bea@example.org", password: "purple kettle river", roles: [] });
    const { reference } = makeSuggestion({
      body: "Respite weekends are booked a year ahead.",
      topicId: listTopics()[0]!.id,
      contributorKind: "parent_carer",
      name: "Bea Erased",
      email: null,
      userId,
      channel: "forum",
      forumContact: "07400 111222",
    });
    changeStatus({ id: Number(reference.slice(3)), status: "under_review", note: "We are asking the providers.", officerId });
    expect(forumUpdateList().waiting.some((u) => u.reference === reference)).toBe(true);
    getDb().transaction((tx) => tellUsActivity.personalData.erase({ userId, email: "bea@example.org" }, tx));
    expect(forumUpdateList().waiting.some((u) => u.reference === reference)).toBe(false);
    expect(JSON.stringify(getDb().all("select * from supporters"))).not.toContain("07400 111222");
  });
});
