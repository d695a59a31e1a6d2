import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { Button } from "~/components/form";
import { confirmSupport, pendingSupport } from "~/modules/feedback/board.server";
import { notFound } from "~/utils/query.server";
import { redirectWithMessage } from "~/utils/flash.server";
import { translate } from "~/modules/i18n/catalogue.server";
import { metaText, useT } from "~/components/i18n";

// The link emailed to a visitor who said "me too". Opening it only shows a button, so an email
// scanner that follows links does not confirm for them; pressing it counts the "me too".

export const meta: MetaFunction = () => [{ title: metaText("meToo.title") }];

export function headers() {
  return { "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" };
}

export function loader({ params }: LoaderFunctionArgs) {
  const pending = pendingSupport(params.token ?? "");
  if (!pending) throw notFound();
  return null;
}

export function action({ params }: ActionFunctionArgs) {
  const confirmed = confirmSupport(params.token ?? "");
  if (!confirmed) throw notFound();
  return redirectWithMessage(`/you-said-we-did/${confirmed.suggestionId}`, translate("suggestionPage.counted"));
}

export default function ConfirmMeToo() {
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("meToo.title")}</h1>
        <p className="govuk-body">{t("meToo.select")}</p>
        <Form method="post">
          <Button>{t("email.meToo.confirm")}</Button>
        </Form>
      </div>
    </div>
  );
}
