import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Button, ErrorSummary, PostForm, Select, TextInput, Textarea } from "~/components/form";
import { BackLink } from "~/components/page";
import { requirePermission } from "~/modules/auth/permissions.server";
import { acceptGrouping, dismissGrouping, listGroupings, proposeGroupings, renameGrouping, splitGrouping } from "~/modules/themes/groupings.server";
import { readTheme } from "~/modules/themes/forms.server";
import { themeChoices } from "~/modules/themes/themes.server";
import { formatDateTime } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { invalid } from "~/utils/validation.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction = () => [{ title: metaText("themes.suggested.title") }];

const HERE = "/manage/themes/suggested";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "suggestion:triage");
  return json({ ...listGroupings(), themes: themeChoices() });
}

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "suggestion:triage");
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  if (intent === "find") {
    const found = proposeGroupings();
    return redirectWithMessage(HERE, found ? translate("themes.suggested.found", { count: found }) : translate("themes.suggested.noneFound"));
  }
  const id = Number(/^grouping-(\d{1,12})$/.exec(intent)?.[1]);
  if (!Number.isSafeInteger(id) || id <= 0) return invalid(formData, { form: translate("themes.suggested.choose") });
  switch (formData.get("do")) {
    case "accept": {
      const into = formData.get("themeId") ? Number(formData.get("themeId")) : null;
      if (into !== null) {
        if (!themeChoices().some((t) => t.id === into)) return invalid(formData, { themeId: translate("triage.bulk.themeFromList") });
        const done = acceptGrouping(id, { themeId: into }, officer);
        if (!done.ok) return invalid(formData, { form: done.message });
        return redirectWithMessage(HERE, translate("themes.suggested.added", { count: done.attached }));
      }
      const read = readTheme(formData);
      if (!read.ok) return invalid(formData, read.errors);
      const done = acceptGrouping(id, { theme: read.input }, officer);
      if (!done.ok) return invalid(formData, { form: done.message });
      return redirectWithMessage(HERE, translate("themes.suggested.created", { name: read.input.name, count: done.attached }));
    }
    case "rename": {
      const read = readTheme(formData);
      if (!read.ok) return invalid(formData, { name: read.errors.name ?? translate("themes.suggested.nameRequired") });
      const done = renameGrouping(id, read.input.name);
      return done.ok ? redirectWithMessage(HERE, translate("themes.suggested.renamed")) : invalid(formData, { form: done.message });
    }
    case "split": {
      const done = splitGrouping(id);
      return done.ok ? redirectWithMessage(HERE, translate("themes.suggested.split")) : invalid(formData, { form: done.message });
    }
    case "dismiss": {
      const done = dismissGrouping(id);
      return done.ok ? redirectWithMessage(HERE, translate("themes.suggested.dismissed")) : invalid(formData, { form: done.message });
    }
    default:
      return invalid(formData, { form: translate("themes.suggested.chooseWhat") });
  }
}

export default function SuggestedGroupings() {
  const { groupings, proposedAt, total, themes } = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  return (
    <>
      <BackLink to="/manage/themes">{t("themes.all")}</BackLink>
      <ErrorSummary />
      <h1 className="govuk-heading-l">{t("themes.suggested.title")}</h1>
      <p className="govuk-body">{t("themes.suggested.lead")}</p>
      <PostForm intent="find">
        <Button secondary>{proposedAt ? t("themes.suggested.findAgain") : t("themes.suggested.find")}</Button>
      </PostForm>
      {proposedAt ? (
        <p className="govuk-body">
          {t("themes.suggested.foundOn", { count: total, when: formatDateTime(proposedAt, lang) })}
          {total > groupings.length ? t("themes.suggested.biggest", { shown: groupings.length }) : ""}.
        </p>
      ) : null}
      {groupings.map((g) => (
        <section key={g.id} className="govuk-!-margin-bottom-8" aria-labelledby={`grouping-${g.id}`}>
          <h2 className="govuk-heading-m" id={`grouping-${g.id}`}>
            {g.name} <span className="govuk-caption-m">{t("themes.items", { count: g.size })}</span>
          </h2>
          <p className="govuk-body">{t("themes.suggested.words", { words: g.words.join(", ") })}</p>
          <h3 className="govuk-heading-s">{t("themes.suggested.example")}</h3>
          <ul className="govuk-list govuk-list--bullet">
            {g.examples.map((e) => (
              <li key={e.label}>
                “{e.text.length > 200 ? `${e.text.slice(0, 200)}…` : e.text}”{" "}
                <Link className="govuk-link govuk-body-s" to={e.link}>
                  {e.label}
                </Link>
              </li>
            ))}
          </ul>
          <PostForm intent={`grouping-${g.id}`} scoped noValidate>
            <TextInput name="name" label={t("groups.field.name")} defaultValue={g.name} />
            <Textarea name="description" label={t("themes.suggested.description")} rows={2} />
            {themes.length ? (
              <Select
                name="themeId"
                label={t("themes.suggested.into")}
                options={[
                  { value: "", label: t("themes.suggested.newTheme") },
                  ...themes.map((theme) => ({ value: String(theme.id), label: theme.name })),
                ]}
              />
            ) : null}
            <div className="govuk-button-group">
              <Button name="do" value="accept">
                {t("manage.groups.accept")}
                <span className="govuk-visually-hidden"> “{g.name}”</span>
              </Button>
              <Button secondary name="do" value="rename">
                {t("themes.suggested.saveName")}
                <span className="govuk-visually-hidden"> “{g.name}”</span>
              </Button>
              <Button secondary name="do" value="split">
                {t("themes.suggested.splitButton")}
                <span className="govuk-visually-hidden"> “{g.name}”</span>
              </Button>
              <Button warning name="do" value="dismiss">
                {t("themes.suggested.dismiss")}
                <span className="govuk-visually-hidden"> “{g.name}”</span>
              </Button>
            </div>
          </PostForm>
        </section>
      ))}
    </>
  );
}
