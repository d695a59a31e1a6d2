import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, Select, Textarea, TextInput, useSavedKey, PostForm } from "~/components/form";
import { RichTextField } from "~/components/rich-text-editor";
import { requirePermission } from "~/modules/auth/permissions.server";
import { addCommitment, addEvidence, archiveCommitment, charterForEditing, publishDraft, saveDraft } from "~/modules/charter/charter.server";
import { readRichTextField } from "~/modules/richtext/validate.server";
import { isoDate, parseForm, textField, invalid } from "~/utils/validation.server";
import { formatDateTime } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";

export const meta: MetaFunction = () => [{ title: "Manage the charter" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "charter:manage");
  return json(charterForEditing());
}

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "charter:manage");
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  switch (intent) {
    case "draft": {
      const body = readRichTextField(formData, "body", "Charter text");
      const summary = parseForm(
        formData,
        z.object({ changeSummary: textField("Summary of what changed", { max: 500, required: false, multiline: true }) }),
      );
      if (!body.ok) return invalid(formData, { body: body.message });
      if (!summary.ok) return invalid(formData, summary.errors);
      saveDraft(body.doc, summary.data.changeSummary);
      return redirectWithMessage("/manage/charter", "Draft saved. Publish it when it has been agreed.");
    }
    case "publish": {
      const { ok, invited } = publishDraft();
      if (!ok) return invalid(formData, { form: "Save a draft first" });
      return redirectWithMessage("/manage/charter", `Published. ${invited} earlier signers have been invited to sign again.`);
    }
    case "commitment": {
      const parsed = parseForm(formData, z.object({ commitment: textField("Commitment", { max: 500 }) }));
      if (!parsed.ok) return invalid(formData, parsed.errors);
      addCommitment(parsed.data.commitment);
      return redirectWithMessage("/manage/charter", "Commitment added.");
    }
    case "archive": {
      const id = Number(formData.get("commitmentId"));
      if (Number.isInteger(id) && id > 0) archiveCommitment(id);
      return redirectWithMessage("/manage/charter", "Commitment archived.");
    }
    case "evidence": {
      const parsed = parseForm(
        formData,
        z.object({
          commitmentId: z.coerce.number({ message: "Choose a commitment" }).int().positive("Choose a commitment"),
          date: isoDate("date"),
          note: textField("What happened", { max: 1000, multiline: true }),
          link: z.preprocess(
            (v) => (typeof v === "string" ? v.trim() : ""),
            z
              .string()
              .max(500, "The link must be 500 characters or fewer")
              .refine(
                (v) => v === "" || /^\/[A-Za-z0-9/_.?=&-]*$/.test(v) || /^https:\/\/[^\s<>"']+$/.test(v),
                "The link must be a page on this site (starting /) or a web address starting https://",
              ),
          ),
        }),
      );
      if (!parsed.ok) return invalid(formData, parsed.errors);
      if (!addEvidence({ ...parsed.data, createdBy: officer.id })) return invalid(formData, { commitmentId: "Choose a commitment from the list" });
      return redirectWithMessage("/manage/charter", "Evidence added to the “how we are keeping the charter” page.");
    }
    default:
      return invalid(formData, { form: "Choose what to do" });
  }
}

export default function ManageCharter() {
  const { draft, body, versions, commitments } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary />
        <h1 className="govuk-heading-l">The charter</h1>
        <p className="govuk-body">
          <Link className="govuk-link" to="/charter">
            See the public page
          </Link>
        </p>
        <h2 className="govuk-heading-m">Versions</h2>
        {versions.length ? (
          <ul className="govuk-list">
            {versions.map((v, i) => (
              <li key={v.id}>
                Version {versions.length - i}, adopted {formatDateTime(v.publishedAt)}: {v.signatures} confirmed signatures
                {v.changeSummary ? `. ${v.changeSummary}` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">No version is published yet.</p>
        )}
        <PostForm intent="draft" noValidate>
          <h2 className="govuk-heading-m">{draft ? "Draft of the next version" : "Write the next version"}</h2>
          <RichTextField name="body" label="Charter text" doc={body} />
          <Textarea
            name="changeSummary"
            label="Summary of what changed"
            hint="Sent to everyone who signed an earlier version."
            rows={2}
            defaultValue={draft?.changeSummary ?? ""}
          />
          <Button secondary>Save draft</Button>
        </PostForm>
        {draft ? (
          <Form method="post">
            <p className="govuk-body">
              Publishing makes the draft the current charter and emails everyone who signed an earlier version, inviting them to sign again.
            </p>
            <Button name="intent" value="publish">
              Publish this version
            </Button>
          </Form>
        ) : null}

        <h2 className="govuk-heading-m">Commitments</h2>
        <p className="govuk-body">Evidence of the charter being kept is recorded against these.</p>
        <ol className="govuk-list govuk-list--number">
          {commitments.map((c) => (
            <li key={c.id}>
              <Form method="post" className="app-inline-form">
                <input type="hidden" name="commitmentId" value={c.id} />
                {c.text}{" "}
                <button type="submit" name="intent" value="archive" className="app-link-button govuk-link">
                  Archive<span className="govuk-visually-hidden"> “{c.text}”</span>
                </button>
              </Form>
            </li>
          ))}
        </ol>
        <PostForm intent="commitment" noValidate>
          <Textarea name="commitment" label="Add a commitment" rows={2} />
          <Button secondary>Add commitment</Button>
        </PostForm>

        <PostForm intent="evidence" noValidate>
          <h2 className="govuk-heading-m">Record evidence</h2>
          <Select
            name="commitmentId"
            label="Which commitment?"
            options={[
              { value: "", label: "Choose a commitment" },
              ...commitments.map((c) => ({ value: String(c.id), label: c.text.length > 90 ? `${c.text.slice(0, 90)}…` : c.text })),
            ]}
          />
          <TextInput name="date" type="date" label="Date" />
          <Textarea name="note" label="What happened" rows={2} />
          <TextInput name="link" label="Link (optional)" hint="A page on this site, like /events/3/outcomes, or a web address starting https://" />
          <Button secondary>Add evidence</Button>
        </PostForm>
      </div>
    </div>
  );
}
