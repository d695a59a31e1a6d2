import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, Checkboxes, ErrorSummary, Radios, Textarea, TextInput } from "~/components/form";
import { BackLink } from "~/components/page";
import { RichTextField } from "~/components/rich-text-editor";
import { requirePermission } from "~/modules/auth/permissions.server";
import { readRichTextField } from "~/modules/richtext/validate.server";
import { surveyForOfficer, updateSettings } from "~/modules/surveys/surveys.server";
import { found, routeId } from "~/utils/query.server";
import { isoDate, optionalChoice, parseForm, textField, invalid } from "~/utils/validation.server";
import { PARTICIPATION_LEVELS } from "~db/schema/enums";
import { ParticipationLevelField } from "~/components/participation";
import { redirectWithMessage } from "~/utils/flash.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction = () => [{ title: metaText("manage.settings.title") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "survey:manage");
  return json(found(surveyForOfficer(routeId(params.id))));
}

const schema = () =>
  z.object({
    title: textField(translate("manage.event.field.title"), { max: 150 }),
    easyIntro: textField(translate("manage.settings.easyIntroName"), { max: 1000, multiline: true, required: false }),
    audience: textField(translate("manage.settings.audience"), { max: 150, required: false }),
    participationLevel: optionalChoice(PARTICIPATION_LEVELS, translate("groups.error.level")),
    opensOn: isoDate(translate("manage.settings.opensName")),
    closesOn: isoDate(translate("manage.event.name.closesDate")),
    anonymous: z.enum(["yes", "no"], { message: translate("manage.settings.anonymousRequired") }),
    asksContact: z.preprocess((v) => v === "yes", z.boolean()),
  });

export async function action({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, "survey:manage");
  const id = routeId(params.id);
  const formData = await request.formData();
  const parsed = parseForm(formData, schema());
  const intro = readRichTextField(formData, "intro", translate("manage.reviews.doc.introName"));
  const errors = { ...(parsed.ok ? {} : parsed.errors), ...(intro.ok ? {} : { intro: intro.message }) };
  if (!parsed.ok || !intro.ok) return invalid(formData, errors);
  const saved = updateSettings(id, { ...parsed.data, anonymous: parsed.data.anonymous === "yes", intro: intro.doc });
  if (!saved.ok) return invalid(formData, saved.errors);
  return redirectWithMessage(`/manage/surveys/${id}`, translate("manage.settings.saved"));
}

export default function SurveySettings() {
  const s = useLoaderData<typeof loader>();
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/manage/surveys/${s.id}`}>{t("manage.survey.back")}</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{s.title}</span>
        <h1 className="govuk-heading-l">{t("manage.settings.title")}</h1>
        <Form method="post" noValidate>
          <TextInput name="title" label={t("manage.event.field.title")} defaultValue={s.title} />
          <RichTextField
            name="intro"
            label={t("manage.reviews.doc.introName")}
            hint={t("manage.settings.intro.hint")}
            doc={s.intro.content.length ? s.intro : null}
          />
          <Textarea
            name="easyIntro"
            label={t("manage.settings.easyIntro")}
            hint={t("manage.settings.easyIntro.hint")}
            rows={4}
            defaultValue={s.easyIntro}
          />
          <TextInput name="audience" label={t("manage.settings.audience")} hint={t("manage.settings.audience.hint")} defaultValue={s.audience} />
          <ParticipationLevelField defaultValue={s.participationLevel} />
          <TextInput name="opensOn" type="date" label={t("manage.settings.opens")} defaultValue={s.opensOn} />
          <TextInput
            name="closesOn"
            type="date"
            label={t("manage.settings.closes")}
            hint={t("manage.settings.closes.hint")}
            defaultValue={s.closesOn}
          />
          <Radios
            name="anonymous"
            legend={t("manage.settings.anonymous")}
            hint={s.started ? t("manage.settings.anonymous.started") : undefined}
            options={[
              { value: "yes", label: t("manage.settings.yes"), hint: t("manage.settings.anonymous.yes") },
              { value: "no", label: t("manage.settings.no"), hint: t("manage.settings.anonymous.no") },
            ]}
            defaultValue={s.anonymous ? "yes" : "no"}
          />
          <Checkboxes
            name="asksContact"
            legend={t("manage.settings.contact")}
            options={[{ value: "yes", label: t("manage.settings.contact.yes") }]}
            defaultValues={s.asksContact ? ["yes"] : []}
          />
          <Button>{t("manage.settings.save")}</Button>
        </Form>
      </div>
    </div>
  );
}
