import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { config } from "~/config.server";
import { defaultDeliveries, processOutbox } from "~/modules/notifications/outbox.server";
import { notifyApiKey, startFakeNotify } from "../../../tests/notify/fake-notify";
import { toldOfOutcomes } from "./told.server";
import { letters } from "~db/schema";
import { getDb } from "~/db.server";
import { createAccount } from "~/modules/auth/accounts.server";
import { updateAreaSettings } from "~/modules/settings/area.server";
import { ukPostcode } from "~/modules/contact/contact.server";
import { changeStatus } from "./changes.server";
import { countLettersWaiting, letterList, markPosted, pageCount, printLetters } from "./letters.server";
import { makeSuggestion } from "./suggestions.server";
import { addTopic, listTopics } from "./topics.server";

let officerId: string;

beforeAll(async () => {
  updateAreaSettings({ areaName: "Testshire", contactEmail: "help@example.org" });
  officerId = await createAccount({ name: "Lu Officer", email: "lu@example.org", password: "purple kettle river", roles: ["officer"] });
  addTopic("Short breaks");
});

function byPost(name: string, easyRead: boolean) {
  const { reference } = makeSuggestion({
    body: "There is nowhere to change my son at the leisure centre.",
    topicId: listTopics()[0]!.id,
    contributorKind: "parent_carer",
    name,
    email: null,
    userId: null,
    channel: "post",
    postalAddress: "12 Harbour Road\nWeston-super-Mare",
    postcode: "BS23 1UJ",
    easyRead,
  });
  return Number(reference.slice(3));
}

describe("letters", () => {
  it("checks postcodes as Royal Mail writes them", () => {
    expect(ukPostcode("bs231uj")).toBe("BS23 1UJ");
    expect(ukPostcode(" SW1A 2AA ")).toBe("SW1A 2AA");
    expect(ukPostcode("M1 1AE")).toBe("M1 1AE");
    expect(ukPostcode("12345")).toBeNull();
    expect(ukPostcode("BS23")).toBeNull();
  });

  it("queues a letter per update, in easy read for who asked, prints them one a page, and marks them posted together", async () => {
    const plain = byPost("Dan Post", false);
    const easy = byPost("Eve Post", true);
    for (const id of [plain, easy])
      changeStatus({
        id,
        status: "done",
        note: "",
        outcome: "A changing places toilet opens at the leisure centre in March.",
        outcomeEasyRead: "There will be a big toilet with a bed and a hoist. It opens in March.",
        officerId,
      });
    const news = getDb().select({ suggestionId: letters.suggestionId, news: letters.news }).from(letters).all();
    expect(news).toEqual([
      { suggestionId: plain, news: "A changing places toilet opens at the leisure centre in March." },
      { suggestionId: easy, news: "There will be a big toilet with a bed and a hoist. It opens in March." },
    ]);
    const { waiting } = letterList();
    expect(waiting.map((l) => l.postcode)).toEqual(["BS23 1UJ", "BS23 1UJ"]);
    const { pdf, count } = await printLetters(waiting.map((l) => l.id));
    expect(count).toBe(2);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pageCount(pdf)).toBe(2);
    // Only what was listed is marked: a letter that came in since waits for the next printing.
    const later = byPost("Fay Post", false);
    changeStatus({ id: later, status: "under_review", note: "We are looking at it.", officerId });
    expect(
      markPosted(
        waiting.map((l) => l.id),
        officerId,
      ),
    ).toBe(2);
    const after = letterList();
    expect(after.waiting).toHaveLength(1);
    expect(countLettersWaiting()).toBe(1);
    expect(after.posted).toMatchObject([{ by: "Lu Officer", n: 2 }]);
  });

  it("sends letters through GOV.UK Notify where it is set up for them: nothing to print, told once Notify takes it", async () => {
    const [serviceId, secret, letterTemplateId] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    const notify = await startFakeNotify({ serviceId, secret, smsTemplateId: crypto.randomUUID(), letterTemplateId });
    const before = { ...config.notify };
    Object.assign(config.notify, { apiKey: notifyApiKey(serviceId, secret), letterTemplateId, baseUrl: notify.url });
    try {
      const start = Date.now() - 1000;
      const waitingBefore = countLettersWaiting();
      const id = byPost("Gus Post", false);
      changeStatus({ id, status: "done", note: "", outcome: "The library prints the timetable every month.", officerId });
      expect(countLettersWaiting()).toBe(waitingBefore);
      const told = () => toldOfOutcomes(start, Date.now() + 1000);
      const postedBefore = told().byChannel.post;
      expect(told().waiting).toBe(1);
      await processOutbox(defaultDeliveries());
      expect(notify.letters).toHaveLength(1);
      const [sent] = notify.letters;
      expect(sent!.address).toEqual(["Gus Post", "12 Harbour Road", "Weston-super-Mare", "BS23 1UJ"]);
      expect(sent!.body).toContain("Dear Gus,");
      expect(sent!.body).toContain("The library prints the timetable every month.");
      expect(sent!.body).toMatch(/\/t\/[A-Za-z0-9_-]{16}\n/);
      expect(letterList().throughNotify).toBe(1);
      expect(told().waiting).toBe(0);
      expect(told().byChannel.post).toBe(postedBefore + 1);
    } finally {
      Object.assign(config.notify, before);
      await notify.close();
    }
  });
});
