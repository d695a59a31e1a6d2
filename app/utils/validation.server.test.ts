import { describe, expect, it } from "vitest";
import { z } from "zod";
import { choices, email, formValues, invalid, isHoneypotFilled, parseForm, textField } from "./validation.server";

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

const schema = z.object({
  name: textField("Your name", { max: 20 }),
  email: email(),
  roles: choices(["officer", "admin"] as const, "Choose from the list"),
});

describe("parseForm", () => {
  it("returns clean, normalised data", () => {
    const result = parseForm(
      form([
        ["name", "  Cafe\u0301 "],
        ["email", " Rachel@Example.ORG "],
        ["roles", "admin"],
      ]),
      schema,
    );
    expect(result).toEqual({ ok: true, data: { name: "Café", email: "rachel@example.org", roles: ["admin"] } });
  });

  it("gives one message per field and keeps what was typed, but never passwords", () => {
    const result = parseForm(
      form([
        ["name", ""],
        ["email", "not-an-email"],
        ["password", "secret"],
      ]),
      schema,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      name: "Enter your name",
      email: "Enter an email address in the correct format, like name@example.com",
    });
    expect(result.values).toEqual({ name: "", email: "not-an-email" });
  });

  it("refuses overlong text with the limit in words", () => {
    const result = parseForm(
      form([
        ["name", "x".repeat(21)],
        ["email", "a@b.co"],
      ]),
      schema,
    );
    expect(!result.ok && result.errors.name).toBe("Your name must be 20 characters or fewer");
  });

  it("refuses hidden characters that could disguise text", () => {
    for (const trick of ["Sam\u202Egnp.exe", "zero\u200Bwidth", "null\u0000byte"]) {
      const result = parseForm(
        form([
          ["name", trick],
          ["email", "a@b.co"],
        ]),
        schema,
      );
      expect(!result.ok && result.errors.name).toBe("Your name must not contain hidden or control characters");
    }
  });

  it("refuses a carriage return or line feed in a one-line field, and keeps lines in a long one", () => {
    const titled = z.object({ title: textField("Event title", { max: 100 }), notes: textField("Notes", { max: 100, multiline: true }) });
    for (const title of ["Coffee\rmorning", "Coffee\nmorning", "Coffee\r\nmorning"]) {
      const result = parseForm(
        form([
          ["title", title],
          ["notes", "ok"],
        ]),
        titled,
      );
      expect(result.ok, JSON.stringify(title)).toBe(false);
      if (!result.ok) expect(result.errors.title).toBe("Event title must be on one line");
    }
    const notes = parseForm(
      form([
        ["title", "Coffee morning"],
        ["notes", "one\rtwo\r\nthree"],
      ]),
      titled,
    );
    expect(notes.ok && notes.data.notes).toBe("one\ntwo\nthree");
  });

  it("keeps the joiners that emoji and some scripts need", () => {
    for (const kept of ["Ali 👩🏽‍🦯", "Persian می‌خواهم", "Siân Ní Bhriain"]) {
      const result = parseForm(
        form([
          ["name", kept],
          ["email", "a@b.co"],
        ]),
        schema,
      );
      expect(result.ok && result.data.name).toBe(kept);
    }
  });

  it("refuses values outside a fixed list", () => {
    const result = parseForm(
      form([
        ["name", "Sam"],
        ["email", "a@b.co"],
        ["roles", "superuser"],
      ]),
      schema,
    );
    expect(!result.ok && result.errors.roles).toBe("Choose from the list");
  });

  it("keeps script and SQL as plain text for React to escape", () => {
    const hostile = "<script>alert(1)</script>' OR 1=1;--";
    const result = parseForm(
      form([
        ["name", hostile.slice(0, 20)],
        ["email", "a@b.co"],
      ]),
      schema,
    );
    expect(result.ok && result.data.name).toBe(hostile.slice(0, 20));
  });
});

describe("invalid", () => {
  it("answers a failed post with 400, the messages, what was typed (never a password) and which form it was", async () => {
    const response = invalid(
      form([
        ["intent", "details"],
        ["name", "Jo"],
        ["password", "secret words"],
      ]),
      { email: "Enter your email address" },
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      intent: "details",
      errors: { email: "Enter your email address" },
      values: { intent: "details", name: "Jo" },
    });
    const limited = invalid(form([["name", "Jo"]]), { form: "Too many tries" }, { problems: [] }, 429);
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({ errors: { form: "Too many tries" }, values: { name: "Jo" }, problems: [] });
  });
});

describe("honeypot", () => {
  it("spots a filled-in hidden field", () => {
    expect(isHoneypotFilled(form([["website", "http://spam.example"]]))).toBe(true);
    expect(isHoneypotFilled(form([["website", ""]]))).toBe(false);
    expect(
      formValues(
        form([
          ["website", "x"],
          ["name", "Sam"],
        ]),
      ),
    ).toEqual({ name: "Sam" });
  });
});
