import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useParams } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, Textarea, useSavedKey } from "~/components/form";
import { BackLink } from "~/components/page";
import { requirePermission } from "~/modules/auth/permissions.server";
import { easyReadForEditing, setEasyRead } from "~/modules/reviews/reviews.server";
import { found, routeId } from "~/utils/query.server";
import { parseForm, textField, invalid } from "~/utils/validation.server";
import { redirectWithMessage } from "~/utils/flash.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction = () => [{ title: metaText("manage.reviews.easy.title") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "review:manage");
  return json(found(easyReadForEditing(routeId(params.id))));
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, "review:manage");
  const id = routeId(params.id);
  const current = found(easyReadForEditing(id));
  const formData = await request.formData();
  const fields = Object.fromEntries(
    current.passages
      .filter((p) => !p.heading)
      .map((p) => [
        `easyRead${p.index}`,
        textField(translate("manage.reviews.easy.name", { number: p.number }), { max: 600, required: false, multiline: true }),
      ]),
  );
  const parsed = parseForm(formData, z.object(fields));
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const notes: Record<number, string> = {};
  for (const p of current.passages) notes[p.index] = String((parsed.data as Record<string, string>)[`easyRead${p.index}`] ?? "");
  setEasyRead(id, notes);
  return redirectWithMessage(`/manage/reviews/${id}/easy-read`, translate("manage.reviews.easy.saved"));
}

export default function EasyRead() {
  const { title, number, passages } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const { id } = useParams();
  const { t } = useT();
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/manage/reviews/${id}`}>{t("manage.reviews.backToDocument")}</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{t("manage.reviews.titleVersion", { title, number })}</span>
        <h1 className="govuk-heading-l">{t("manage.reviews.easy.title")}</h1>
        <p className="govuk-body">{t("manage.reviews.easy.lead")}</p>
        <Form method="post" noValidate>
          {passages.map((p) =>
            p.heading ? (
              <div key={p.index} className="app-passage" dangerouslySetInnerHTML={{ __html: p.html }} />
            ) : (
              <div key={p.index} className="app-passage">
                <p className="govuk-body-s app-passage__number">{t("reviews.round.paragraph", { number: p.number })}</p>
                <div className="app-passage__text" dangerouslySetInnerHTML={{ __html: p.html }} />
                <Textarea
                  name={`easyRead${p.index}`}
                  label={t("manage.reviews.easy.label", { number: p.number })}
                  labelClass="govuk-label--s"
                  rows={2}
                  defaultValue={p.easyRead}
                />
              </div>
            ),
          )}
          <Button>{t("manage.reviews.easy.save")}</Button>
        </Form>
      </div>
    </div>
  );
}
