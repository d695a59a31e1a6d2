import { describe, expect, it } from "vitest";
import { redirectWithMessage, takeMessage } from "./flash.server";

const requestWith = (cookie: string | null) => new Request("http://localhost/manage", { headers: cookie ? { Cookie: cookie } : {} });
const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .find((c) => c.startsWith("coproduce_flash="))!
    .split(";")[0]!;

describe("one-time messages", () => {
  it("go to the next page in a signed cookie, not the address, and are cleared when read", async () => {
    const response = await redirectWithMessage("/manage/events/3", "Event saved.", { headers: { "Set-Cookie": "coproduce_session=abc" } });
    expect(response.headers.get("Location")).toBe("/manage/events/3");
    expect(response.headers.getSetCookie()).toHaveLength(2); // the session cookie given is kept
    const taken = await takeMessage(requestWith(cookieOf(response)));
    expect(taken.message).toBe("Event saved.");
    expect(taken.clear).toMatch(/^coproduce_flash=; Max-Age=0/);
  });

  it("cannot be made up: a message not signed by the app is ignored", async () => {
    const forged = `coproduce_flash=${Buffer.from(JSON.stringify("Your account is locked: call 0800 000")).toString("base64")}`;
    expect(await takeMessage(requestWith(forged))).toEqual({ message: null, clear: null });
    expect(await takeMessage(requestWith(null))).toEqual({ message: null, clear: null });
  });
});
