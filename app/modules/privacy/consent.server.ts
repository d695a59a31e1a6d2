import type { FollowChannel } from "~db/schema/enums";
import { eq } from "drizzle-orm";
import { consents, sitePages } from "~db/schema";
import type { DbOrTx } from "~/db.server";
import type { LanguageCode } from "~db/schema/enums";
import { requestLanguage, translatorFor } from "~/modules/i18n/catalogue.server";

/** What people agree to when they make an account, in the language they read it in (kept with their consent). */
export function accountConsent(language: LanguageCode = requestLanguage()) {
  return translatorFor(language).t("auth.signUp.consent");
}

/** Records what a person agreed to, under the privacy notice in force now. Call in the transaction that saves their details. */
export function recordConsent(
  tx: DbOrTx,
  input: {
    userId: string | null;
    email: string | null;
    purpose: string;
    record: string;
    wording: string;
    channel?: FollowChannel | null;
    /** Signed on a paper form, typed in by this officer or organiser. */
    enteredBy?: string;
  },
  now = new Date(),
) {
  const notice = tx.select({ version: sitePages.version }).from(sitePages).where(eq(sitePages.slug, "privacy")).get();
  tx.insert(consents)
    .values({ ...input, receivedOn: input.enteredBy ? "paper" : "online", noticeVersion: notice?.version ?? 0, givenAt: now })
    .run();
}
