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

export const meta: MetaFunction = () => [{ title: "Easy-read explanations" }];

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
      .map((p) => [`easyRead${p.index}`, textField(`The explanation of paragraph ${p.number}`, { max: 600, required: false, multiline: true })]),
  );
  const parsed = parseForm(formData, z.object(fields));
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const notes: Record<number, string> = {};
  for (const p of current.passages) notes[p.index] = String((parsed.data as Record<string, string>)[`easyRead${p.index}`] ?? "");
  setEasyRead(id, notes);
  return redirectWithMessage(`/manage/reviews/${id}/easy-read`, "Easy-read explanations saved.");
}

export default function EasyRead() {
  const { title, number, passages } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const { id } = useParams();
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/manage/reviews/${id}`}>Back to the document</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">
          {title}, version {number}
        </span>
        <h1 className="govuk-heading-l">Easy-read explanations</h1>
        <p className="govuk-body">
          Reviewers can open “What this means” under any paragraph that has one. Use short sentences and everyday words. Leave a box empty where the
          paragraph is clear enough.
        </p>
        <Form method="post" noValidate>
          {passages.map((p) =>
            p.heading ? (
              <div key={p.index} className="app-passage" dangerouslySetInnerHTML={{ __html: p.html }} />
            ) : (
              <div key={p.index} className="app-passage">
                <p className="govuk-body-s app-passage__number">Paragraph {p.number}</p>
                <div className="app-passage__text" dangerouslySetInnerHTML={{ __html: p.html }} />
                <Textarea
                  name={`easyRead${p.index}`}
                  label={`What paragraph ${p.number} means, in easy words`}
                  labelClass="govuk-label--s"
                  rows={2}
                  defaultValue={p.easyRead}
                />
              </div>
            ),
          )}
          <Button>Save explanations</Button>
        </Form>
      </div>
    </div>
  );
}
