import { describe, expect, it } from "vitest";
import { safeError, scrub } from "./scrub";

describe("scrub", () => {
  it("takes out email addresses, phone numbers, tokens and quoted values", () => {
    const text = scrub(
      `Can't send to <amara.okafor@example.org>: 550 rejected; sms 07700 900123 and +44 (0)7700-900-456; ` +
        `link /s/Zx8_kq2LmP4rT9vWb3NcYd7e; value 'Amara Okafor said this'`,
    );
    for (const secret of ["amara.okafor@example.org", "07700 900123", "7700-900-456", "Zx8_kq2LmP4rT9vWb3NcYd7e", "Amara Okafor"])
      expect(text).not.toContain(secret);
    expect(text).toContain("[email]");
    expect(text).toContain("550 rejected");
  });

  it("keeps what helps: route patterns, error codes, short numbers, file paths", () => {
    expect(scrub("SQLITE_BUSY at /manage/events/:id after 5000 ms in app/db.server.ts:42")).toBe(
      "SQLITE_BUSY at /manage/events/:id after 5000 ms in app/db.server.ts:42",
    );
  });

  it("describes an error without the personal data in its message", () => {
    const error = Object.assign(new Error("UNIQUE constraint failed: 'sam@example.org'"), { code: "SQLITE_CONSTRAINT" });
    const safe = safeError(error);
    expect(safe).toMatchObject({ type: "Error", code: "SQLITE_CONSTRAINT" });
    expect(JSON.stringify(safe)).not.toContain("sam@example.org");
    expect(safeError("plain 'text'").message).toBe("plain [quoted]");
  });
});
