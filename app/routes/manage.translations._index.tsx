import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { TRANSLATABLE_KINDS } from "~db/schema/enums";
import { Button, ErrorSummary, PostForm, Textarea, useSavedKey, FileUpload } from "~/components/form";
import { metaText, useT, languageName } from "~/components/i18n";
import { requirePermission } from "~/modules/auth/permissions.server";
import { translate } from "~/modules/i18n/catalogue.server";
import { fieldOf, MAX_TRANSLATION, textsToTranslate, translationProblem, translationsNeeded } from "~/modules/i18n/content.server";
import { LANGUAGES, isLanguageCode } from "~/modules/i18n/languages";
import { importTranslations, saveAndTell, type ImportProblem } from "~/modules/i18n/translation-files.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { redirectWithMessage } from "~/utils/flash.server";
import { invalid, parseForm, textField } from "~/utils/validation.server";

// Officers and organisers translate what the public reads, one text at a time or through the
// council's translation service (a CSV out, the same file back), and see what each language lacks.

export const meta: MetaFunction = () => [{ title: metaText("manage.translations.title") }];

const SHOWN = 25;

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "translation:manage");
  const languages = getAreaSettings().contentLanguages;
  const asked = new URL(request.url).searchParams.get("into");
  const into = isLanguageCode(asked) && languages.includes(asked) ? asked : (languages[0] ?? null);
  const texts = into ? textsToTranslate(into) : [];
  return json({
    languages: translationsNeeded(languages),
    into,
    total: texts.length,
    texts: texts.slice(0, SHOWN).map((text) => {
      const field = fieldOf(text.kind, text.field)!;
      return { ...text, fieldKey: field.label, rich: Boolean(field.rich) };
    }),
  });
}

const saveSchema = () =>
  z.object({
    kind: z.enum(TRANSLATABLE_KINDS),
    id: z.coerce.number().int().positive(),
    field: z.string().max(60),
    lang: z.string().refine(isLanguageCode),
    text: textField(translate("manage.translations.text.name"), {
      max: MAX_TRANSLATION,
      multiline: true,
      required: translate("manage.translations.text.required"),
    }),
  });

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "translation:manage");
  const languages = getAreaSettings().contentLanguages;
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  if (intent === "import") {
    const file = formData.get("file");
    let csv = String(formData.get("csv") ?? "");
    if (file instanceof File && file.size > 0) {
      if (!/\.(csv|xlf|xliff)$/i.test(file.name) && !/csv|xml|xliff|text\/plain/.test(file.type))
        return invalid(formData, { file: translate("manage.translations.import.notCsv") });
      csv = await file.text();
    }
    if (!csv.trim()) return invalid(formData, { file: translate("manage.translations.import.empty") });
    const result = importTranslations(csv, languages, officer);
    if (!result.ok)
      return invalid(
        formData,
        { file: translate("manage.translations.import.nothing", { count: result.problems.length }) },
        { problems: result.problems },
      );
    return redirectWithMessage("/manage/translations", translate("manage.translations.import.done", { saved: result.saved, blank: result.blank }));
  }
  const parsed = parseForm(formData, saveSchema());
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const { kind, id, field, lang, text } = parsed.data;
  if (!isLanguageCode(lang) || !languages.includes(lang)) return invalid(formData, { text: translate("manage.translations.problem.language") });
  const problem = translationProblem({ kind, id, field, lang, text });
  if (problem) return invalid(formData, { text: problem });
  saveAndTell({ kind, id, field, lang, text }, { name: officer.name, userId: officer.id });
  return redirectWithMessage(`/manage/translations?into=${lang}`, translate("manage.translations.saved"));
}

export default function Translations() {
  const { languages, into, total, texts } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const { t } = useT();
  const problems = (data && "problems" in data ? data.problems : []) as ImportProblem[];
  return (
    <div key={formsKey}>
      <ErrorSummary />
      <h1 className="govuk-heading-l">{t("manage.translations.title")}</h1>
      <p className="govuk-body">{t("manage.translations.intro")}</p>
      {problems.length ? (
        <div className="govuk-inset-text">
          <h2 className="govuk-heading-s">{t("manage.translations.problems")}</h2>
          <ul className="govuk-list govuk-list--bullet">
            {problems.map((p) => (
              <li key={`${p.row ?? p.unit}-${p.message}`}>
                {p.row
                  ? t("manage.translations.row", { row: p.row, message: p.message })
                  : p.unit
                    ? t("manage.translations.unit", { unit: p.unit, message: p.message })
                    : p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {languages.length === 0 ? (
        <p className="govuk-body">{t("manage.translations.noLanguages")}</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{t("manage.translations.byLanguage")}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t("manage.translations.language")}
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                {t("manage.translations.needed")}
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">{t("manage.translations.links")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {languages.map(({ lang, count }) => (
              <tr className="govuk-table__row" key={lang}>
                <th scope="row" className="govuk-table__header">
                  <span lang={LANGUAGES[lang].htmlLang}>{LANGUAGES[lang].name}</span>
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{count}</td>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/manage/translations?into=${lang}`}>
                    {t("manage.translations.workThrough", { language: languageName(t, lang) })}
                  </Link>{" "}
                  ·{" "}
                  <a className="govuk-link" href={`/manage/translations.csv?into=${lang}`} download>
                    {t("manage.translations.download", { language: languageName(t, lang) })}
                  </a>{" "}
                  ·{" "}
                  <a className="govuk-link" href={`/manage/translations.xlf?into=${lang}`} download>
                    {t("manage.translations.downloadXliff", { language: languageName(t, lang) })}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {into ? (
        <section aria-labelledby="to-translate">
          <h2 className="govuk-heading-m" id="to-translate">
            {t("manage.translations.list", { language: languageName(t, into), total, shown: texts.length })}
          </h2>
          {texts.length === 0 ? <p className="govuk-body">{t("manage.translations.allDone")}</p> : null}
          {texts.map((text) => {
            const intent = `save-${text.kind}-${text.id}-${text.field}`;
            return (
              <PostForm key={intent} intent={intent} scoped noValidate className="app-translation">
                <input type="hidden" name="kind" value={text.kind} />
                <input type="hidden" name="id" value={text.id} />
                <input type="hidden" name="field" value={text.field} />
                <input type="hidden" name="lang" value={into} />
                <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                  {text.context} · {t(text.fieldKey)}
                  {text.stale ? ` · ${t("manage.translations.stale")}` : ""}
                </h3>
                <p className="govuk-body app-comment" lang="en" dir="ltr">
                  {text.original}
                </p>
                <Textarea
                  name="text"
                  label={t("manage.translations.textLabel", { language: languageName(t, into) })}
                  hint={text.rich ? t("manage.translations.richHint") : undefined}
                  rows={text.rich ? 10 : 3}
                  lang={LANGUAGES[into].htmlLang}
                  dir={LANGUAGES[into].dir}
                />
                <Button secondary>{t("manage.translations.save")}</Button>
              </PostForm>
            );
          })}
        </section>
      ) : null}
      <PostForm intent="import" encType="multipart/form-data" noValidate>
        <h2 className="govuk-heading-m">{t("manage.translations.import.heading")}</h2>
        <p className="govuk-body">{t("manage.translations.import.how")}</p>
        <FileUpload name="file" label={t("manage.translations.import.file")} accept=".csv,text/csv,.xlf,.xliff,application/xliff+xml" />
        <Textarea name="csv" label={t("manage.translations.import.paste")} rows={4} />
        <Button secondary>{t("manage.translations.import.button")}</Button>
      </PostForm>
    </div>
  );
}
