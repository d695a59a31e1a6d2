import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { SIGNATORY_KINDS } from "~db/schema/enums";
import { Button, Checkboxes, ErrorSummary, Honeypot, Radios, TextInput } from "~/components/form";
import { BackLink } from "~/components/page";
import { limitPublicForm, tryAgainMessage } from "~/modules/auth/rate-limit.server";
import { getUser } from "~/modules/auth/session.server";
import { sign, signatureConsent } from "~/modules/charter/charter.server";
import { translate } from "~/modules/i18n/catalogue.server";
import { metaText, useT, linkPart } from "~/components/i18n";
import { email, isHoneypotFilled, parseForm, textField, invalid } from "~/utils/validation.server";
import { notFound } from "~/utils/query.server";

export const meta: MetaFunction = () => [{ title: metaText("charterSign.title") }];

const KIND_LABELS = {
  parent_carer: "contributorKind.parent_carer",
  young_person: "contributorKind.young_person",
  professional: "contributorKind.professional",
  organisation: "charterSign.kind.organisation",
} as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  return json({ consent: signatureConsent(), user: user ? { name: user.name, email: user.email, under18: user.under18 } : null });
}

// A function, so the client bundle (which has no server modules) never builds it.
const schema = () =>
  z
    .object({
      name: textField(translate("tellUs.name.label"), { max: 100, required: translate("booking.name.required") }),
      email: email(),
      kind: z.enum(SIGNATORY_KINDS, { message: translate("charterSign.kind.required") }),
      organisation: textField(translate("charterSign.organisation.name"), { max: 150, required: false }),
      listPublicly: z.preprocess((v) => v === "yes", z.boolean()),
      agree: z.literal("yes", { message: translate("charterSign.agree.required") }),
    })
    .superRefine((v, ctx) => {
      if (v.kind === "organisation" && !v.organisation)
        ctx.addIssue({ code: "custom", path: ["organisation"], message: translate("charterSign.organisation.required") });
    });

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  if (isHoneypotFilled(formData)) return redirect("/charter/sign/check-email");
  const parsed = parseForm(formData, schema());
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const limited = limitPublicForm("charter", context.clientIp);
  if (!limited.ok) return invalid(formData, { form: tryAgainMessage(limited.retryAfterSeconds) }, undefined, 429);
  const user = await getUser(request);
  const { agree: _agree, ...details } = parsed.data;
  // Under-18s are never listed by name, whatever was posted.
  const result = sign({ ...details, listPublicly: details.listPublicly && !user?.under18, userId: user?.id ?? null, language: context.lang });
  if (result.status === "no-charter") throw notFound();
  return redirect("/charter/sign/check-email");
}

export default function SignCharter() {
  const { consent, user } = useLoaderData<typeof loader>();
  const { t, rich } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/charter">{t("charterSign.back")}</BackLink>
        <ErrorSummary />
        <h1 className="govuk-heading-l">{t("charterSign.title")}</h1>
        <p className="govuk-body">
          {rich("charterSign.readFirst", {
            link: linkPart("/charter"),
          })}
        </p>
        <Form method="post" noValidate>
          <Honeypot />
          <TextInput name="name" label={t("tellUs.name.label")} autoComplete="name" spellCheck={false} defaultValue={user?.name} />
          <TextInput
            name="email"
            type="email"
            label={t("validation.email.label")}
            autoComplete="email"
            spellCheck={false}
            defaultValue={user?.email}
          />
          <Radios name="kind" legend={t("charterSign.kind.legend")} options={SIGNATORY_KINDS.map((k) => ({ value: k, label: t(KIND_LABELS[k]) }))} />
          <TextInput name="organisation" label={t("charterSign.organisation.label")} />
          {user?.under18 ? (
            <p className="govuk-body">{t("charterSign.under18")}</p>
          ) : (
            <Checkboxes
              name="listPublicly"
              legend={t("charterSign.listed.legend")}
              hint={t("charterSign.listed.hint")}
              options={[{ value: "yes", label: t("charterSign.listed.label") }]}
            />
          )}
          <Checkboxes
            name="agree"
            legend={t("charterSign.agree.legend")}
            hint={
              <>
                {consent} {rich("booking.consent.privacy", { link: linkPart("/privacy") })}
              </>
            }
            options={[{ value: "yes", label: t("charterSign.agree.label") }]}
          />
          <Button>{t("charterSign.title")}</Button>
        </Form>
      </div>
    </div>
  );
}
