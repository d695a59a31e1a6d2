import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "~db/schema";
import { getDb } from "~/db.server";
import { accountForSingleSignOn, createAccount, deactivatePerson, rolesOf } from "./accounts.server";

// How a council sign-in finds its account (the flow itself runs against a real provider in tests/e2e/single-sign-on.spec.ts).
describe("the account a council sign-in opens", () => {
  const domains = ["council.example"];

  it("is the account with that email address, linked to the provider's id from then on", async () => {
    const id = await createAccount({ name: "Pat", email: "pat@elsewhere.example", password: "a long pass phrase", roles: ["officer"] });
    expect(accountForSingleSignOn({ subject: "https://idp s-1", email: "Pat@Elsewhere.example", name: "Pat" }, domains)).toEqual({
      status: "matched",
      userId: id,
      created: false,
    });
    // The address moved to someone else at the provider: the account stays with the first id.
    expect(accountForSingleSignOn({ subject: "https://idp s-2", email: "pat@elsewhere.example", name: "Not Pat" }, domains)).toEqual({
      status: "other-subject",
    });
    // A changed address at the provider still opens the linked account.
    expect(accountForSingleSignOn({ subject: "https://idp s-1", email: "pat.new@elsewhere.example", name: "Pat" }, domains)).toMatchObject({
      userId: id,
    });
  });

  it("is made, as a member's, for an allowed domain, and refused to anyone else uninvited", () => {
    const made = accountForSingleSignOn({ subject: "https://idp s-3", email: "new.starter@council.example", name: "New Starter" }, domains);
    expect(made).toMatchObject({ status: "matched", created: true });
    if (made.status !== "matched") throw new Error("not made");
    expect(rolesOf(made.userId)).toEqual(["member"]);
    expect(getDb().select().from(users).where(eq(users.id, made.userId)).get()).toMatchObject({
      name: "New Starter",
      emailVerifiedAt: expect.any(Date),
    });
    expect(accountForSingleSignOn({ subject: "https://idp s-4", email: "someone@council.example.evil", name: "X" }, domains)).toEqual({
      status: "uninvited",
    });
  });

  it("is refused when switched off", async () => {
    const admin = await createAccount({ name: "Admin", email: "admin-sso@example.org", password: "a long pass phrase", roles: ["admin"] });
    const id = await createAccount({ name: "Leaver", email: "leaver@council.example", password: "a long pass phrase", roles: ["officer"] });
    await deactivatePerson(id, admin);
    expect(accountForSingleSignOn({ subject: "https://idp s-5", email: "leaver@council.example", name: "Leaver" }, domains)).toEqual({
      status: "deactivated",
    });
  });
});
