import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { Button, Checkboxes, ErrorSummary, Textarea } from "~/components/form";
import { SuccessBanner } from "~/components/page";
import { rolesOf } from "~/modules/auth/accounts.server";
import { requirePermission } from "~/modules/auth/permissions.server";
import { erasePerson, findPersonByEmail } from "~/modules/privacy/your-data.server";
import { textParam } from "~/utils/query.server";
import { parseForm, textField, invalid } from "~/utils/validation.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction = () => [{ title: metaText("requests.title") }];

// Requests made by post or phone: an officer downloads or erases someone's data for them.
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "privacy:requests");
  const email = textParam(new URL(request.url).searchParams, "email", 254);
  const person = email ? findPersonByEmail(email) : undefined;
  return json({
    email: email ?? "",
    person:
      person && !person.deactivatedAt
        ? { id: person.id, name: person.name, email: person.email, staff: rolesOf(person.id).some((r) => r === "officer" || r === "admin") }
        : null,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, "privacy:requests");
  const formData = await request.formData();
  const parsed = parseForm(
    formData,
    z.object({
      userId: z.string().min(1).max(100),
      how: textField(translate("requests.howName"), { max: 500, multiline: true, required: translate("requests.howRequired") }),
      confirm: z.literal("yes", { message: translate("requests.confirmRequired") }),
    }),
  );
  if (!parsed.ok) return invalid(formData, parsed.errors);
  if (rolesOf(parsed.data.userId).some((r) => r === "officer" || r === "admin")) return invalid(formData, { form: translate("requests.staff") });
  if (!erasePerson(parsed.data.userId, parsed.data.how)) return invalid(formData, { form: translate("requests.gone") });
  return redirect("/manage/data-requests?erased=1");
}

export default function DataRequests() {
  const { email, person } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <SuccessBanner message={params.get("erased") && !data ? t("requests.erased") : null} />
        <ErrorSummary />
        <h1 className="govuk-heading-l">{t("requests.title")}</h1>
        <p className="govuk-body">{t("requests.lead")}</p>
        <Form method="get" className="govuk-!-margin-bottom-6">
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="email">
              {t("admin.people.theirEmail")}
            </label>
            <input className="govuk-input govuk-input--width-30" id="email" name="email" type="email" spellCheck={false} defaultValue={email} />
          </div>
          <button type="submit" className="govuk-button govuk-button--secondary">
            {t("requests.find")}
          </button>
        </Form>
        {email && !person ? <p className="govuk-body">{t("requests.none")}</p> : null}
        {person ? (
          <>
            <h2 className="govuk-heading-m">{person.name}</h2>
            <p className="govuk-body">
              <a className="govuk-link" href={`/manage/data-requests/${person.id}.json`} download>
                {t("requests.download")}
              </a>
            </p>
            {person.staff ? (
              <p className="govuk-body">{t("requests.staffAccount")}</p>
            ) : (
              <Form method="post" noValidate>
                <input type="hidden" name="userId" value={person.id} />
                <h3 className="govuk-heading-s">{t("requests.erase")}</h3>
                <Textarea name="how" label={t("requests.how")} hint={t("requests.how.hint")} rows={3} />
                <Checkboxes
                  name="confirm"
                  legend={t("requests.confirm")}
                  options={[{ value: "yes", label: t("requests.confirm.yes", { name: person.name }) }]}
                />
                <Button warning>{t("requests.eraseButton")}</Button>
              </Form>
            )}
          </>
        ) : null}
      </div>
    </div>
  );
}
