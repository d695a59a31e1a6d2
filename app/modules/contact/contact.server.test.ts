import { describe, expect, it } from "vitest";
import { readContact, ukMobile, ukPostcode } from "./contact.server";

const blank = { email: "", phone: "", forumContact: "", postalAddress: "", postcode: "", easyRead: false };

describe("how a person chose to hear back", () => {
  it("checks only the way chosen: what was typed under another is left alone", () => {
    expect(readContact({ ...blank, contact: "email", email: "sam@example.org", phone: "not a number" })).toMatchObject({
      ok: true,
      contact: { channel: "email", email: "sam@example.org", phone: null },
    });
    expect(readContact({ ...blank, contact: "sms", phone: "07400 123 456", email: "not an email" })).toMatchObject({
      ok: true,
      contact: { channel: "sms", phone: "+447400123456", email: null },
    });
  });

  it("asks for what the way chosen needs, in the field that needs it", () => {
    expect(readContact({ ...blank, contact: "email" })).toMatchObject({ ok: false, field: "email" });
    expect(readContact({ ...blank, contact: "email", email: "sam@" })).toMatchObject({ ok: false, field: "email" });
    expect(readContact({ ...blank, contact: "sms", phone: "01934 888888" })).toMatchObject({ ok: false, field: "phone" });
    expect(readContact({ ...blank, contact: "post", postalAddress: "1 High Street", postcode: "BS23" })).toMatchObject({
      ok: false,
      field: "postcode",
    });
    expect(readContact({ ...blank, contact: "forum", name: "", forumContact: "coffee morning" })).toMatchObject({ ok: false, field: "name" });
    expect(readContact({ ...blank, contact: "none", email: "sam@example.org" })).toMatchObject({ ok: true, contact: { channel: null, email: null } });
  });

  it("takes details given without a choice as the choice, as forms from before it was asked send them", () => {
    expect(readContact({ ...blank, email: "sam@example.org" })).toMatchObject({ ok: true, contact: { channel: "email" } });
    expect(readContact({ ...blank })).toMatchObject({ ok: true, contact: { channel: null } });
  });

  it("knows UK mobile numbers and postcodes", () => {
    expect(ukMobile("+44 7400 123456")).toBe("+447400123456");
    expect(ukMobile("0044 7400 123456")).toBe("+447400123456");
    expect(ukMobile("020 7946 0000")).toBeNull();
    expect(ukMobile("+33 6 12 34 56 78")).toBeNull();
    expect(ukPostcode("w1a0ax")).toBe("W1A 0AX");
  });
});
