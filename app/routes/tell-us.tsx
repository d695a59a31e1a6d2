import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, Checkboxes, ErrorSummary, Honeypot } from "~/components/form";
import { TellUsFields } from "~/components/tell-us";
import { limitPublicForm, tryAgainMessage } from "~/modules/auth/rate-limit.server";
import { getUser } from "~/modules/auth/session.server";
import { consentWording, makeSuggestion } from "~/modules/feedback/suggestions.server";
import { translate } from "~/modules/i18n/catalogue.server";
import { metaText, useT, linkPart } from "~/components/i18n";
import { listTopics } from "~/modules/feedback/topics.server";
import { isHoneypotFilled, parseForm, invalid } from "~/utils/validation.server";
import { readContact } from "~/modules/contact/contact.server";
import { tellUsFields } from "~/modules/feedback/tell-us-form.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { memberContact } from "~/modules/privacy/preferences.server";

export const meta: MetaFunction = () => [{ title: metaText("tellUs.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  // Under-18s are contacted only if they choose to give an email here, so it is not filled in for them.
  return json({
    topics: listTopics(),
    consent: consentWording(),
    user: user ? { name: user.name, email: user.under18 ? "" : user.email } : null,
    // A member's saved way to hear back is offered first.
    saved: user && !user.under18 ? (memberContact(user.id) ?? null) : null,
    // The forum passes news on only where the area names one.
    forumName: getAreaSettings().forumName,
  });
}

const schema = (topicIds: number[]) =>
  z.object({ ...tellUsFields(topicIds), consent: z.literal("yes", { message: translate("tellUs.consent.required") }) });

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  if (isHoneypotFilled(formData)) return redirect("/tell-us/thanks");
  const topics = listTopics();
  const parsed = parseForm(formData, schema(topics.map((t) => t.id)));
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const limited = limitPublicForm("tell-us", context.clientIp);
  if (!limited.ok) return invalid(formData, { form: tryAgainMessage(limited.retryAfterSeconds) }, undefined, 429);
  const contact = readContact(parsed.data);
  if (!contact.ok) return invalid(formData, { [contact.field]: contact.message });
  const user = await getUser(request);
  const { channel, phone, forumContact, postalAddress, postcode, easyRead } = contact.contact;
  // A member who chose texts hears by email if a text cannot reach them.
  const email = contact.contact.email ?? (channel === "sms" && user && !user.under18 ? user.email : null);
  const { trackingToken } = makeSuggestion({
    body: parsed.data.body,
    topicId: parsed.data.topic,
    contributorKind: parsed.data.kind,
    name: parsed.data.name || null,
    email,
    channel: channel ?? undefined,
    phone,
    forumContact,
    postalAddress,
    postcode,
    easyRead,
    userId: user?.id ?? null,
    language: context.lang,
  });
  return redirect(`/track/${trackingToken}?new=1`);
}

export default function TellUs() {
  const { topics, consent, user, forumName, saved } = useLoaderData<typeof loader>();
  const { t, rich } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary />
        <h1 className="govuk-heading-l">{t("tellUs.title")}</h1>
        <p className="govuk-body">{t("tellUs.intro")}</p>
        <p className="govuk-body">{t("tellUs.safety")}</p>
        <Form method="post" noValidate>
          <Honeypot />
          <TellUsFields topics={topics} forumName={forumName} user={user} saved={saved} othersSaid />
          <Checkboxes
            name="consent"
            legend={t("tellUs.consent.legend")}
            hint={consent}
            options={[{ value: "yes", label: t("tellUs.consent.agree") }]}
          />
          <p className="govuk-body">
            {rich("tellUs.privacy", {
              link: linkPart("/privacy"),
            })}
          </p>
          <Button>{t("tellUs.send")}</Button>
        </Form>
      </div>
    </div>
  );
}
