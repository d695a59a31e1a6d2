import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, Textarea } from "~/components/form";
import { SUGGESTION_STATUS } from "~/components/status";
import { requirePermission } from "~/modules/auth/permissions.server";
import { agreeOutcome, outcomesAwaitingForum, sendBack } from "~/modules/feedback/sign-off.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { reportsAwaitingForum } from "~/modules/themes/told-us.server";
import { parseForm, textField, invalid } from "~/utils/validation.server";
import { formatDateTime } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

// The parent carer forum's side of joint sign-off: agree an outcome, or send it back with a comment.

export const meta: MetaFunction = () => [{ title: metaText("manage.events.toAgree") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "outcome:agree");
  const { jointSignOff, forumName } = getAreaSettings();
  return json({
    proposals: outcomesAwaitingForum(),
    pages: reportsAwaitingForum().map((r) => ({ id: r.id, title: r.title })),
    jointSignOff,
    forumName,
  });
}

// Each outcome on the page has its own comment field, so their ids never clash.
const commentField = (id: number) => `comment-${id}`;
const sendBackSchema = (id: number) =>
  z.object({
    [commentField(id)]: textField(translate("reviews.round.commentName"), {
      max: 2000,
      required: translate("signOff.commentRequired"),
      multiline: true,
    }),
  });

export async function action({ request }: ActionFunctionArgs) {
  const forum = await requirePermission(request, "outcome:agree");
  const formData = await request.formData();
  const id = Number(formData.get("proposal"));
  const intent = String(formData.get("intent") ?? "");
  if (!Number.isSafeInteger(id) || id < 1) return invalid(formData, { form: translate("signOff.fromList") });
  if (intent === "agree") {
    const result = agreeOutcome(id, forum);
    return result.ok ? redirectWithMessage("/manage/sign-off", translate("signOff.flash.agreed")) : invalid(formData, { form: result.message });
  }
  if (intent === "sendBack") {
    const parsed = parseForm(formData, sendBackSchema(id));
    if (!parsed.ok) return invalid(formData, parsed.errors);
    const result = sendBack(id, forum, "forum", String(parsed.data[commentField(id)]));
    return result.ok ? redirectWithMessage("/manage/sign-off", translate("signOff.flash.sentBack")) : invalid(formData, { form: result.message });
  }
  return invalid(formData, { form: translate("signOff.chooseWhat") });
}

export default function SignOff() {
  const { t, lang } = useT();
  const { proposals, pages, jointSignOff, forumName } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  return (
    <>
      <ErrorSummary />
      <h1 className="govuk-heading-l">{t("manage.events.toAgree")}</h1>
      <p className="govuk-body">{jointSignOff ? t("signOff.on", { forum: forumName || t("signOff.theForum") }) : t("signOff.off")}</p>
      {pages.length ? (
        <>
          <h2 className="govuk-heading-m">{t("signOff.pages")}</h2>
          <ul className="govuk-list">
            {pages.map((page) => (
              <li key={page.id}>
                <Link className="govuk-link" to={`/manage/told-us/${page.id}`}>
                  {page.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {proposals.length === 0 ? <p className="govuk-body">{t("signOff.none")}</p> : null}
      {proposals.map((p) => {
        const posted = data?.values.proposal === String(p.id);
        const errors = posted ? data.errors : undefined;
        return (
          <section key={p.id} className="app-suggestion" aria-labelledby={`proposal-${p.id}`}>
            <h2 className="govuk-heading-m" id={`proposal-${p.id}`}>
              {p.reference}: {p.publicWording || t("signOff.noWording")}
            </h2>
            <dl className="govuk-summary-list">
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t("signOff.status")}</dt>
                <dd className="govuk-summary-list__value">{t(SUGGESTION_STATUS[p.status].labelKey)}</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{p.status === "not_possible" ? t("signOff.cannot") : t("report.weDid")}</dt>
                <dd className="govuk-summary-list__value">{p.outcome}</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t("signOff.easy")}</dt>
                <dd className="govuk-summary-list__value">{p.outcomeEasyRead || t("manage.groups.noneYet")}</dd>
              </div>
              {p.note ? (
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">{t("triage.bulk.noteName")}</dt>
                  <dd className="govuk-summary-list__value">{p.note}</dd>
                </div>
              ) : null}
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t("signOff.by")}</dt>
                <dd className="govuk-summary-list__value">
                  {p.officerName}, {formatDateTime(p.officerAgreedAt, lang)}
                </dd>
              </div>
            </dl>
            <Form method="post" noValidate>
              <input type="hidden" name="proposal" value={p.id} />
              <Button name="intent" value="agree">
                {t("signOff.agree", { reference: p.reference })}
              </Button>
            </Form>
            <Form method="post" noValidate>
              <input type="hidden" name="proposal" value={p.id} />
              <input type="hidden" name="intent" value="sendBack" />
              <Textarea
                name={commentField(p.id)}
                label={t("signOff.sendBackLabel", { reference: p.reference })}
                rows={2}
                errors={errors}
                values={posted ? data.values : undefined}
              />
              <Button secondary>{t("signOff.sendBack")}</Button>
            </Form>
          </section>
        );
      })}
    </>
  );
}
