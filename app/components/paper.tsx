import type { LanguageCode } from "~db/schema/enums";
import { LANGUAGES } from "~/modules/i18n/languages";
import { Link } from "@remix-run/react";
import { Checkboxes, Radios } from "./form";
import { useT } from "./i18n";

/** What a paper form was written in, and that the person signed its consent, if it has one (modules/paper checks both). */
export function PaperConsent({ languages, wording, signed = true }: { languages: LanguageCode[]; wording: string; signed?: boolean }) {
  const { t } = useT();
  return (
    <>
      <Radios
        name="language"
        legend={t("paper.language")}
        hint={t("paper.language.hint")}
        options={languages.map((code) => ({ value: code, label: LANGUAGES[code].name }))}
        defaultValue="en"
      />
      {signed ? (
        <Checkboxes name="signed" legend={t("paper.signed.legend")} hint={wording} options={[{ value: "yes", label: t("paper.signed") }]} />
      ) : null}
    </>
  );
}

/** The link to where paper forms are typed in: a list item. */
export function PaperLink() {
  const { t } = useT();
  return (
    <li>
      <Link className="govuk-link" to="/manage/paper">
        {t("paper.title")}
      </Link>
    </li>
  );
}
