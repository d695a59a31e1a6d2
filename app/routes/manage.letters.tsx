import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/form";
import { metaText, useT } from "~/components/i18n";
import { BackLink } from "~/components/page";
import { requirePermission } from "~/modules/auth/permissions.server";
import { letterList, markPosted } from "~/modules/feedback/letters.server";
import { translate } from "~/modules/i18n/catalogue.server";
import { formatDateTime } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";

// Letters waiting to be printed and posted. The PDF and the "posted" button both name the letters
// listed here, so one that arrives in between waits for the next printing.

export const meta: MetaFunction = () => [{ title: metaText("letters.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "letters:print");
  return json(letterList());
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "letters:print");
  const ids = (await request.formData())
    .getAll("letterId")
    .map(Number)
    .filter((id) => Number.isInteger(id) && id > 0);
  const count = markPosted(ids, user.id);
  return redirectWithMessage("/manage/letters", translate("letters.marked", { count }));
}

export default function Letters() {
  const { waiting, posted, throughNotify } = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  const ids = waiting.map((l) => l.id);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/manage">{t("manage.dashboard.title")}</BackLink>
        <h1 className="govuk-heading-l">{t("letters.title")}</h1>
        <p className="govuk-body">{t("letters.lead")}</p>
        {throughNotify ? <p className="govuk-body">{t("letters.throughNotify", { count: throughNotify })}</p> : null}
        <h2 className="govuk-heading-m">{t("letters.waiting", { count: waiting.length })}</h2>
        {waiting.length ? (
          <>
            <ul className="govuk-list govuk-list--bullet">
              {waiting.map((l) => (
                <li key={l.id}>{t("letters.row", { reference: l.reference, postcode: l.postcode, when: formatDateTime(l.createdAt, lang) })}</li>
              ))}
            </ul>
            <p className="govuk-body">
              <a className="govuk-link" href={`/manage/letters.pdf?ids=${ids.join(",")}`} download>
                {t("letters.print")}
              </a>
            </p>
            <Form method="post">
              {ids.map((id) => (
                <input key={id} type="hidden" name="letterId" value={id} />
              ))}
              <Button secondary>{t("letters.markPosted")}</Button>
            </Form>
          </>
        ) : null}
        {posted.length ? (
          <>
            <h2 className="govuk-heading-m">{t("letters.posted")}</h2>
            <ul className="govuk-list">
              {posted.map((p) => (
                <li key={String(p.postedAt)}>{t("letters.postedLine", { count: p.n, when: formatDateTime(p.postedAt!, lang), by: p.by ?? "" })}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </div>
  );
}
