import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, Select, Textarea, useSavedKey } from "~/components/form";
import { BackLink, NotificationBanner } from "~/components/page";
import { requirePermission } from "~/modules/auth/permissions.server";
import { eventForEditing } from "~/modules/events/events.server";
import { attributableAttendees, recordAttributedPoint, recordHeard } from "~/modules/events/heard.server";
import { formValues, parseForm, textField, invalid } from "~/utils/validation.server";
import { found, routeId } from "~/utils/query.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("manage.heard.metaTitle", { title: data.title }) : metaText("manage.heard.title") },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "event:manage");
  const event = found(eventForEditing(routeId(params.id)));
  return json({ id: event.id, title: event.title, summary: event.heardSummary, attendees: attributableAttendees(event.id) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, "event:manage");
  const event = found(eventForEditing(routeId(params.id)));
  const formData = await request.formData();
  if (formData.get("intent") === "attributed") {
    const one = parseForm(
      formData,
      z.object({
        registrationId: z.coerce
          .number({ message: translate("manage.heard.whoRequired") })
          .int()
          .positive(translate("manage.heard.whoRequired")),
        point: textField(translate("manage.heard.said"), { max: 2000, multiline: true }),
      }),
    );
    if (!one.ok) return invalid(formData, one.errors);
    if (!recordAttributedPoint(event.id, one.data.registrationId, one.data.point)) {
      return invalid(formData, { registrationId: translate("manage.heard.fromList") });
    }
    return redirect(`/manage/events/${event.id}/heard?named=1`);
  }
  const parsed = parseForm(
    formData,
    z.object({
      summary: textField(translate("manage.heard.summary"), {
        max: 3000,
        required: translate("manage.heard.summaryRequired"),
        multiline: true,
      }),
      points: textField(translate("manage.heard.pointsName"), { max: 20_000, required: false, multiline: true }),
    }),
  );
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const points = parsed.data.points
    .split("\n")
    .map((p) => p.trim())
    .filter(Boolean);
  const tooLong = points.findIndex((p) => p.length > 2000);
  if (tooLong >= 0)
    return json({ errors: { points: translate("groups.error.pointLong", { n: tooLong + 1 }) }, values: formValues(formData) }, { status: 400 });
  if (points.length > 100) return invalid(formData, { points: translate("groups.error.pointsMany") });
  const { added } = recordHeard(event.id, { summary: parsed.data.summary, points });
  return redirect(`/manage/events/${event.id}/heard?added=${added}`);
}

export default function Heard() {
  const { id, title, summary, attendees } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const [params] = useSearchParams();
  const added = params.get("added");
  const named = params.get("named");
  const { t, rich } = useT();
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/manage/events/${id}`}>{t("manage.event.back")}</BackLink>
        {named && !data ? (
          <NotificationBanner success>
            <p className="govuk-notification-banner__heading">{t("manage.heard.namedSaved")}</p>
          </NotificationBanner>
        ) : null}
        {added && !data ? (
          <NotificationBanner success>
            <p className="govuk-notification-banner__heading">
              {rich("manage.heard.added", {
                count: Number(added),
                link: (parts) => (
                  <Link className="govuk-notification-banner__link" to={`/manage/suggestions?from=events&of=${id}`}>
                    {parts}
                  </Link>
                ),
              })}
            </p>
          </NotificationBanner>
        ) : null}
        <ErrorSummary />
        <span className="govuk-caption-l">{title}</span>
        <h1 className="govuk-heading-l">{t("manage.heard.title")}</h1>
        <Form method="post" noValidate>
          <Textarea
            name="summary"
            label={t("manage.heard.summary")}
            labelClass="govuk-label--s"
            hint={t("manage.heard.summary.hint")}
            rows={4}
            defaultValue={summary}
          />
          <Textarea name="points" label={t("manage.heard.points")} labelClass="govuk-label--s" hint={t("manage.heard.points.hint")} rows={8} />
          <Button>{t("manage.groups.save")}</Button>
        </Form>
        {attendees.length ? (
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="attributed" />
            <h2 className="govuk-heading-m">{t("manage.heard.named")}</h2>
            <p className="govuk-body">{t("manage.heard.named.hint")}</p>
            <Select
              name="registrationId"
              label={t("manage.heard.who")}
              options={[{ value: "", label: t("manage.heard.choose") }, ...attendees.map((a) => ({ value: String(a.id), label: a.name }))]}
            />
            <Textarea name="point" label={t("manage.heard.said")} rows={3} />
            <Button secondary>{t("manage.heard.add")}</Button>
          </Form>
        ) : null}
        <p className="govuk-body">
          <Link className="govuk-link" to={`/events/${id}/outcomes`}>
            {t("manage.heard.public")}
          </Link>
        </p>
      </div>
    </div>
  );
}
