import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, Textarea } from "~/components/form";
import { BackLink } from "~/components/page";
import { requirePermission } from "~/modules/auth/permissions.server";
import { saveSummary } from "~/modules/surveys/results.server";
import { ReadingAge } from "~/components/readability";
import { surveyForOfficer } from "~/modules/surveys/surveys.server";
import { found, routeId } from "~/utils/query.server";
import { parseForm, textField, invalid } from "~/utils/validation.server";
import { redirectWithMessage } from "~/utils/flash.server";

export const meta: MetaFunction = () => [{ title: "We asked, you said, we did" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "survey:manage");
  const s = found(surveyForOfficer(routeId(params.id)));
  return json({ id: s.id, title: s.title, state: s.state, submitted: s.submitted, summary: s.summary });
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, "survey:manage");
  const id = routeId(params.id);
  const formData = await request.formData();
  const publish = formData.get("intent") === "publish";
  const parsed = parseForm(
    formData,
    z.object({
      asked: textField("What we asked", { max: 2000, multiline: true, required: "Say what the survey asked and why" }),
      headlines: textField("Headline results", { max: 3000, multiline: true, required: "Give at least one headline result" }),
      easyRead: textField("Easy-read summary", { max: 3000, multiline: true, required: false }),
    }),
  );
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const saved = saveSummary(id, parsed.data, publish);
  if (!saved.ok) return invalid(formData, { form: saved.message });
  return redirectWithMessage(`/manage/surveys/${id}/summary`, publish ? "The summary is published." : "Summary saved.");
}

export default function ManageSummary() {
  const s = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/manage/surveys/${s.id}`}>Back to the survey</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{s.title}</span>
        <h1 className="govuk-heading-l">We asked, you said, we did</h1>
        <p className="govuk-body">
          A public page saying what the survey asked, how many answered ({s.submitted}), the headline results, and what is being done: the suggestions
          made from its answers, with their status as it changes.
          {s.summary.published ? (
            <>
              {" "}
              <Link className="govuk-link" to={`/surveys/${s.id}/summary`}>
                See the public page
              </Link>
            </>
          ) : null}
        </p>
        <Form method="post" noValidate>
          <Textarea name="asked" label="What we asked" rows={3} defaultValue={s.summary.asked} />
          <Textarea
            name="headlines"
            label="Headline results"
            hint="One per line, for example: “7 in 10 families said holiday clubs were hard to book.”"
            rows={5}
            defaultValue={s.summary.headlines}
          />
          <Textarea
            name="easyRead"
            label="Easy-read summary (optional)"
            hint="What we asked and what you said, in short sentences and everyday words. People who switch to easy read see it instead of the two boxes above."
            rows={5}
            defaultValue={s.summary.easyRead}
          />
          <ReadingAge name="easyRead" text={s.summary.easyRead} easyRead />
          <div className="govuk-button-group">
            <Button secondary name="intent" value="save">
              Save
            </Button>
            {s.state === "closed" ? (
              <Button name="intent" value="publish">
                {s.summary.published ? "Save and keep published" : "Save and publish"}
              </Button>
            ) : null}
          </div>
          {s.state !== "closed" ? <p className="govuk-body">You can publish the summary once the survey has closed.</p> : null}
        </Form>
      </div>
    </div>
  );
}
