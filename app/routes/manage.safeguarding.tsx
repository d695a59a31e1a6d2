import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, Textarea, useSavedKey } from "~/components/form";
import { requirePermission } from "~/modules/auth/permissions.server";
import { listFlags, recordAction } from "~/modules/privacy/safeguarding.server";
import { parseForm, textField, invalid } from "~/utils/validation.server";
import { formatDateTime } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction = () => [{ title: metaText("manage.reviews.round.concerns") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "safeguarding:manage");
  return json({ flags: listFlags() });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "safeguarding:manage");
  const formData = await request.formData();
  const id = Number(formData.get("flagId"));
  const field = `action${id}`;
  if (!Number.isSafeInteger(id) || id < 1) return invalid(formData, { form: translate("concerns.choose") });
  const parsed = parseForm(
    formData,
    z.object({ [field]: textField(translate("concerns.didName"), { max: 2000, multiline: true, required: translate("concerns.didRequired") }) }),
  );
  if (!parsed.ok) return invalid(formData, parsed.errors);
  if (!recordAction(id, (parsed.data as Record<string, string>)[field]!, user.id)) return invalid(formData, { form: translate("concerns.gone") });
  return redirectWithMessage(`/manage/safeguarding#flag-${id}`, translate("concerns.recorded"));
}

export default function Safeguarding() {
  const { flags } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const open = flags.filter((f) => !f.resolvedAt);
  const { t, lang } = useT();
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary />
        <h1 className="govuk-heading-l">{t("manage.reviews.round.concerns")}</h1>
        <p className="govuk-body">{t("concerns.lead")}</p>
        <p className="govuk-body govuk-!-font-weight-bold">
          {open.length === 0 ? t("concerns.none") : t("concerns.waiting", { count: open.length })}
        </p>
        {flags.map((f) => (
          <section key={f.id} id={`flag-${f.id}`} className="govuk-summary-card" aria-labelledby={`flag-${f.id}-title`}>
            <div className="govuk-summary-card__title-wrapper">
              <h2 className="govuk-summary-card__title" id={`flag-${f.id}-title`}>
                {f.label}
              </h2>
              <strong className={`govuk-tag ${f.resolvedAt ? "govuk-tag--grey" : "govuk-tag--red"}`}>
                {f.resolvedAt ? t("concerns.dealt") : t("concerns.needs")}
              </strong>
            </div>
            <div className="govuk-summary-card__content">
              <dl className="govuk-summary-list">
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">{t("concerns.flagged")}</dt>
                  <dd className="govuk-summary-list__value">
                    {formatDateTime(f.flaggedAt, lang)},{" "}
                    {f.flaggedBy ? t("concerns.by", { name: f.flaggedBy }) : t("concerns.auto", { matched: f.matched ?? "" })}
                  </dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">{t("groups.meeting.where")}</dt>
                  <dd className="govuk-summary-list__value">
                    <Link className="govuk-link" to={f.link}>
                      {t("concerns.read")}
                    </Link>
                  </dd>
                </div>
                {f.resolvedAt ? (
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">{t("concerns.done")}</dt>
                    <dd className="govuk-summary-list__value app-comment">
                      {f.actionTaken} ({f.resolvedBy}, {formatDateTime(f.resolvedAt, lang)})
                    </dd>
                  </div>
                ) : null}
              </dl>
              {f.resolvedAt ? null : (
                <Form method="post" noValidate>
                  <input type="hidden" name="flagId" value={f.id} />
                  <Textarea name={`action${f.id}`} label={t("concerns.did")} hint={t("concerns.did.hint")} rows={3} />
                  <Button>{t("concerns.record")}</Button>
                </Form>
              )}
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
