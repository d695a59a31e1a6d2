import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { z } from "zod";
import { Button, Checkboxes, ErrorSummary } from "~/components/form";
import { BackLink } from "~/components/page";
import { endSession, requireUser } from "~/modules/auth/session.server";
import { erasePerson } from "~/modules/privacy/your-data.server";
import { parseForm, invalid } from "~/utils/validation.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction = () => [{ title: metaText("account.delete.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  const parsed = parseForm(formData, z.object({ confirm: z.literal("yes", { message: translate("account.delete.required") }) }));
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const cookie = await endSession(request);
  erasePerson(user.id, "Deleted by the member");
  return redirect("/account-deleted", { headers: { "Set-Cookie": cookie } });
}

export default function DeleteAccount() {
  const { t, rich } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/account/your-data">{t("account.data")}</BackLink>
        <ErrorSummary />
        <h1 className="govuk-heading-l">{t("account.delete.title")}</h1>
        <p className="govuk-body">{t("account.delete.if")}</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>{t("account.delete.erased")}</li>
          <li>{t("account.delete.bookings")}</li>
          <li>{t("account.delete.stays")}</li>
          <li>{t("account.delete.signatures")}</li>
        </ul>
        <p className="govuk-body">
          {rich("account.delete.undone", {
            link: (parts) => (
              <a className="govuk-link" href="/account/your-data.json" download>
                {parts}
              </a>
            ),
          })}
        </p>
        <Form method="post" noValidate>
          <Checkboxes name="confirm" legend={t("account.delete.sure")} options={[{ value: "yes", label: t("account.delete.yes") }]} />
          <Button warning>{t("account.delete.button")}</Button>
        </Form>
      </div>
    </div>
  );
}
