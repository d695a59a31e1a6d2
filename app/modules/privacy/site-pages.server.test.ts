import { describe, expect, it } from "vitest";
import { createAccount } from "~/modules/auth/accounts.server";
import { docFromPlainText } from "~/modules/richtext/document";
import { updateAreaSettings } from "~/modules/settings/area.server";
import { saveSitePage, sitePage } from "./site-pages.server";

describe("the privacy notice and accessibility statement", () => {
  it("start from standard text with the area's details, and each save is a new version", async () => {
    updateAreaSettings({ areaName: "Testshire", contactEmail: "send@testshire.example" });
    const start = sitePage("privacy");
    expect(start.version).toBe(0);
    expect(start.html).toContain("Testshire Coproduce");
    expect(start.html).toContain("send@testshire.example");
    expect(sitePage("accessibility").html).toContain("WCAG");
    const admin = await createAccount({ name: "Admin", email: "admin@example.org", password: "a long enough password", roles: ["admin"] });
    expect(saveSitePage("privacy", docFromPlainText("## Who we are\n\nTestshire Council."), admin)).toBe(1);
    expect(saveSitePage("privacy", docFromPlainText("## Who we are\n\nTestshire Council and partners."), admin)).toBe(2);
    expect(sitePage("privacy")).toMatchObject({ version: 2 });
    expect(sitePage("privacy").html).toContain("Testshire Council and partners.");
  });
});
