import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, Textarea } from "~/components/form";
import { BackLink } from "~/components/page";
import { requirePermission } from "~/modules/auth/permissions.server";
import { saveSummary } from "~/modules/surveys/results.server";
import { ReadingAge } from "~/components/readability";
import { surveyForOfficer } from "~/modules/surveys/surveys.server";
import { found, routeId } from "~/utils/query.server";
import { parseForm, textField, invalid } from "~/utils/validation.server";
import { redirectWithMessage } from "~/utils/flash.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction = () => [{ title: metaText("surveys.weAsked") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "survey:manage");
  const s = found(surveyForOfficer(routeId(params.id)));
  return json({ id: s.id, title: s.title, state: s.state, submitted: s.submitted, summary: s.summary });
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, "survey:manage");
  const id = routeId(params.id);
  const formData = await request.formData();
  const publish = formData.get("intent") === "publish";
  const parsed = parseForm(
    formData,
    z.object({
      asked: textField(translate("manage.summary.asked"), { max: 2000, multiline: true, required: translate("manage.summary.askedRequired") }),
      headlines: textField(translate("manage.summary.headlines"), {
        max: 3000,
        multiline: true,
        required: translate("manage.summary.headlinesRequired"),
      }),
      easyRead: textField(translate("manage.summary.easyName"), { max: 3000, multiline: true, required: false }),
    }),
  );
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const saved = saveSummary(id, parsed.data, publish);
  if (!saved.ok) return invalid(formData, { form: saved.message });
  return redirectWithMessage(`/manage/surveys/${id}/summary`, publish ? translate("manage.summary.published") : translate("manage.summary.saved"));
}

export default function ManageSummary() {
  const s = useLoaderData<typeof loader>();
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/manage/surveys/${s.id}`}>{t("manage.survey.back")}</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{s.title}</span>
        <h1 className="govuk-heading-l">{t("surveys.weAsked")}</h1>
        <p className="govuk-body">
          {t("manage.summary.lead", { count: s.submitted })}
          {s.summary.published ? (
            <>
              {" "}
              <Link className="govuk-link" to={`/surveys/${s.id}/summary`}>
                {t("manage.event.publicPage")}
              </Link>
            </>
          ) : null}
        </p>
        <Form method="post" noValidate>
          <Textarea name="asked" label={t("manage.summary.asked")} rows={3} defaultValue={s.summary.asked} />
          <Textarea
            name="headlines"
            label={t("manage.summary.headlines")}
            hint={t("manage.summary.headlines.hint")}
            rows={5}
            defaultValue={s.summary.headlines}
          />
          <Textarea
            name="easyRead"
            label={t("manage.summary.easy")}
            hint={t("manage.summary.easy.hint")}
            rows={5}
            defaultValue={s.summary.easyRead}
          />
          <ReadingAge name="easyRead" text={s.summary.easyRead} easyRead />
          <div className="govuk-button-group">
            <Button secondary name="intent" value="save">
              {t("manage.groups.save")}
            </Button>
            {s.state === "closed" ? (
              <Button name="intent" value="publish">
                {s.summary.published ? t("manage.summary.keepPublished") : t("manage.summary.publish")}
              </Button>
            ) : null}
          </div>
          {s.state !== "closed" ? <p className="govuk-body">{t("manage.summary.whenClosed")}</p> : null}
        </Form>
      </div>
    </div>
  );
}
