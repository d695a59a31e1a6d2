import { eq } from "drizzle-orm";
import { consents, sitePages } from "~db/schema";
import type { DbOrTx } from "~/db.server";

export const ACCOUNT_CONSENT =
  "We use your name and email address to run your account and to send you only the emails you ask for. You can see, download or delete everything we hold about you from your account.";

/** Records what a person agreed to, under the privacy notice in force now. Call in the transaction that saves their details. */
export function recordConsent(
  tx: DbOrTx,
  input: { userId: string | null; email: string | null; purpose: string; record: string; wording: string },
  now = new Date(),
) {
  const notice = tx.select({ version: sitePages.version }).from(sitePages).where(eq(sitePages.slug, "privacy")).get();
  tx.insert(consents)
    .values({ ...input, noticeVersion: notice?.version ?? 0, givenAt: now })
    .run();
}
