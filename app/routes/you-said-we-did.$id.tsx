import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, Checkboxes, ErrorSummary, Honeypot } from "~/components/form";
import { BackLink, NotificationBanner } from "~/components/page";
import { SuggestionStatusTag } from "~/components/status";
import { LinkedActions, Outcome, Timeline } from "~/components/suggestion";
import { EasyReadSwitch } from "~/components/easy-read";
import { isEasyRead } from "~/utils/easy-read.server";
import { limitPublicForm } from "~/modules/auth/rate-limit.server";
import { getUser } from "~/modules/auth/session.server";
import {
  hasSupported,
  publicSuggestion,
  supportAsMember,
  supportByContact,
  type CheckedBy,
  type SupportResult,
} from "~/modules/feedback/board.server";
import { contactFields, readContact } from "~/modules/contact/contact.server";
import { ContactChoice } from "~/components/contact";
import { formValues, isHoneypotFilled, parseForm, invalid } from "~/utils/validation.server";
import { found, notFound, routeId } from "~/utils/query.server";
import { formatDateTime } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { translate } from "~/modules/i18n/catalogue.server";
import { metaText, NotTranslatedNote, useT, Written } from "~/components/i18n";
import { localise } from "~/modules/i18n/content.server";
import type { PageHandle } from "~/utils/page-handle";

// Its one form, "me too", posts without help.
export const handle: PageHandle = { hydrate: false };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("suggestionPage.title", { reference: data.suggestion.reference }) : metaText("nav.youSaidWeDid") },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const id = routeId(params.id);
  const result = found(publicSuggestion(id));
  if ("mergedInto" in result) throw redirect(`/you-said-we-did/${result.mergedInto}`);
  const user = await getUser(request);
  const url = new URL(request.url);
  return json({
    // Its public words in the visitor's language where translated.
    suggestion: {
      ...localise("suggestion", [result.suggestion], ["publicWording", "outcome", "outcomeEasyRead"], context.lang)[0]!,
      actions: localise("action", result.suggestion.actions, ["title"], context.lang),
    },
    easy: await isEasyRead(request),
    supported: hasSupported(id, user?.id ?? null),
    // Where the link to confirm a "me too" went: "check-email" or "check-phone".
    sentTo: url.searchParams.get("supported"),
    signedIn: Boolean(user),
  });
}

// Visitors give an email or a mobile number and confirm it, so each person counts once and nobody
// is put down for messages by another.
const visitorSchema = () => z.object({ ...contactFields(), updates: z.preprocess((v) => v === "yes", z.boolean()) });

export async function action({ request, params, context }: ActionFunctionArgs) {
  const id = routeId(params.id);
  const formData = await request.formData();
  if (isHoneypotFilled(formData)) return redirect(`/you-said-we-did/${id}?supported=check-email`);
  const limited = limitPublicForm("me-too", context.clientIp);
  if (!limited.ok) return json({ errors: { form: translate("suggestionPage.tooMany") }, values: formValues(formData) }, { status: 429 });
  const user = await getUser(request);
  let result: SupportResult;
  let sentTo = "check-email";
  if (user) {
    result = supportAsMember({ suggestionId: id, userId: user.id, email: user.email, language: context.lang });
  } else {
    const parsed = parseForm(formData, visitorSchema());
    if (!parsed.ok) return invalid(formData, parsed.errors);
    const contact = readContact({ ...parsed.data, contact: parsed.data.contact === "sms" ? "sms" : "email" });
    if (!contact.ok) return invalid(formData, { [contact.field]: contact.message });
    const { channel, email, phone } = contact.contact;
    const by: CheckedBy = channel === "sms" ? { channel, phone: phone! } : { channel: "email", email: email! };
    if (by.channel === "sms") sentTo = "check-phone";
    result = supportByContact({ suggestionId: id, by, updates: parsed.data.updates, language: context.lang });
  }
  if (result.status === "not-found") throw notFound();
  return result.status === "check-email"
    ? redirect(`/you-said-we-did/${id}?supported=${sentTo}`)
    : redirectWithMessage(`/you-said-we-did/${id}`, translate("suggestionPage.counted"));
}

export default function SuggestionPage() {
  const { suggestion, easy, supported, sentTo, signedIn } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { t, rich, lang } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/you-said-we-did">{t("suggestionPage.all")}</BackLink>
        {(sentTo === "check-email" || sentTo === "check-phone") && !data ? (
          <NotificationBanner>
            <p className="govuk-notification-banner__heading">
              {t(sentTo === "check-phone" ? "suggestionPage.checkPhone" : "suggestionPage.checkEmail")}
            </p>
            <p className="govuk-body">{t(sentTo === "check-phone" ? "suggestionPage.checkPhone.body" : "suggestionPage.checkEmail.body")}</p>
          </NotificationBanner>
        ) : null}
        <ErrorSummary />
        <span className="govuk-caption-l">
          {suggestion.reference}
          {suggestion.topic ? ` · ${suggestion.topic}` : ""}
        </span>
        <h1 className="govuk-heading-l">
          {rich("suggestionPage.youSaid", {
            wording: <Written english={suggestion.untranslated.includes("publicWording")}>{suggestion.publicWording}</Written>,
          })}
        </h1>
        <NotTranslatedNote show={suggestion.untranslated.includes("publicWording")} />
        <p className="govuk-body">
          <SuggestionStatusTag status={suggestion.status} />
          {suggestion.publishedAt ? (
            <span className="govuk-body-s"> {t("suggestionPage.published", { when: formatDateTime(suggestion.publishedAt, lang) })}</span>
          ) : null}
        </p>
        <EasyReadSwitch easy={easy} />
        <Outcome
          status={suggestion.status}
          outcome={suggestion.outcome}
          outcomeEasyRead={suggestion.outcomeEasyRead}
          easy={easy}
          agreed={suggestion.agreed}
          untranslated={suggestion.untranslated}
        />
        <LinkedActions actions={suggestion.actions} />
        <h2 className="govuk-heading-m">{t("suggestion.whatHasHappened")}</h2>
        <Timeline entries={suggestion.timeline} />
      </div>
      <div className="govuk-grid-column-one-third">
        <h2 className="govuk-heading-m">{t("suggestionPage.meToo")}</h2>
        <p className="govuk-body">{t("suggestionPage.supporters", { count: suggestion.supporters })}</p>
        {supported ? (
          <p className="govuk-body">{t("suggestionPage.supported")}</p>
        ) : (
          <Form method="post" noValidate>
            <Honeypot />
            {signedIn ? null : (
              <>
                <ContactChoice
                  forumName=""
                  ways={["email", "sms"]}
                  legend={t("suggestionPage.checkedBy")}
                  hint={t("suggestionPage.checkedBy.hint")}
                />
                <Checkboxes
                  name="updates"
                  legend={t("suggestionPage.updates.legend")}
                  legendClass="govuk-fieldset__legend--s"
                  options={[{ value: "yes", label: t("suggestionPage.updates.label") }]}
                />
              </>
            )}
            <Button secondary>{t("suggestionPage.meToo")}</Button>
          </Form>
        )}
      </div>
    </div>
  );
}
