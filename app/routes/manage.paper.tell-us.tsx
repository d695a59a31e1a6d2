import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, useSavedKey } from "~/components/form";
import { metaText, useT } from "~/components/i18n";
import { BackLink } from "~/components/page";
import { PaperConsent } from "~/components/paper";
import { TellUsFields } from "~/components/tell-us";
import { requirePermission } from "~/modules/auth/permissions.server";
import { readContact } from "~/modules/contact/contact.server";
import { consentWording, makeSuggestion } from "~/modules/feedback/suggestions.server";
import { tellUsFields } from "~/modules/feedback/tell-us-form.server";
import { listTopics } from "~/modules/feedback/topics.server";
import { translate } from "~/modules/i18n/catalogue.server";
import { paperFields, paperLanguages } from "~/modules/paper/paper.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { redirectWithMessage } from "~/utils/flash.server";
import { invalid, parseForm } from "~/utils/validation.server";

// A Tell us form filled in on paper, typed in as written: the same questions and checks as online.

export const meta: MetaFunction = () => [{ title: metaText("paper.tellUs.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "paper:enter");
  return json({ topics: listTopics(), consent: consentWording("en"), forumName: getAreaSettings().forumName, languages: paperLanguages() });
}

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "paper:enter");
  const formData = await request.formData();
  const parsed = parseForm(formData, z.object({ ...tellUsFields(listTopics().map((t) => t.id)), ...paperFields() }));
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const contact = readContact(parsed.data);
  if (!contact.ok) return invalid(formData, { [contact.field]: contact.message });
  const { reference } = makeSuggestion({
    body: parsed.data.body,
    topicId: parsed.data.topic,
    contributorKind: parsed.data.kind,
    name: parsed.data.name || null,
    ...contact.contact,
    channel: contact.contact.channel ?? undefined,
    userId: null,
    language: parsed.data.language,
    enteredBy: officer.id,
  });
  return redirectWithMessage("/manage/paper/tell-us", translate("paper.saved.tellUs", { reference }));
}

export default function PaperTellUs() {
  const { topics, consent, forumName, languages } = useLoaderData<typeof loader>();
  const key = useSavedKey(useActionData<typeof action>());
  const { t } = useT();
  return (
    <div className="govuk-grid-row" key={key}>
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/manage/paper">{t("paper.title")}</BackLink>
        <ErrorSummary />
        <h1 className="govuk-heading-l">{t("paper.tellUs.title")}</h1>
        <Form method="post" noValidate>
          <TellUsFields topics={topics} forumName={forumName} />
          <PaperConsent languages={languages} wording={consent} />
          <Button>{t("paper.save")}</Button>
        </Form>
      </div>
    </div>
  );
}
