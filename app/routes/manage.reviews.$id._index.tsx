import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, Textarea, failureOf, useSavedKey, PostForm } from "~/components/form";
import { BackLink } from "~/components/page";
import { RichTextField } from "~/components/rich-text-editor";
import { requirePermission } from "~/modules/auth/permissions.server";
import { documentForOfficer, publishDraft, saveDraft, setParticipationLevel, setPublicPage } from "~/modules/reviews/reviews.server";
import { ParticipationLevelField } from "~/components/participation";
import { PARTICIPATION_LEVELS } from "~db/schema/enums";
import { readRichTextField } from "~/modules/richtext/validate.server";
import { found, routeId } from "~/utils/query.server";
import { optionalChoice, parseForm, textField, invalid } from "~/utils/validation.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title}: document review` : "Document review" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "review:manage");
  return json(found(documentForOfficer(routeId(params.id))));
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, "review:manage");
  const id = routeId(params.id);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const here = `/manage/reviews/${id}`;
  switch (intent) {
    case "draft": {
      const body = readRichTextField(formData, "body", "Document text");
      const summary = parseForm(formData, z.object({ changeSummary: textField("What changed", { max: 1000, required: false, multiline: true }) }));
      if (!body.ok || !summary.ok) return invalid(formData, { ...(body.ok ? {} : { body: body.message }), ...(summary.ok ? {} : summary.errors) });
      if (!saveDraft(id, body.doc, summary.data.changeSummary)) throw new Response("Not found", { status: 404 });
      return redirectWithMessage(here, "Draft saved. Publish it as the next version when it is ready.");
    }
    case "publish": {
      const result = publishDraft(id);
      if (!result.ok) return invalid(formData, { changeSummary: result.message });
      const reviewers = result.emailed === 1 ? "1 reviewer was" : `${result.emailed} reviewers were`;
      return redirectWithMessage(here, `Version ${result.number} is published. ${reviewers} emailed a link to what changed.`);
    }
    case "public": {
      const parsed = parseForm(
        formData,
        z.object({
          publicIntro: textField("Introduction", { max: 1000, multiline: true, required: "Write a short introduction for the public page" }),
        }),
      );
      if (!parsed.ok) return invalid(formData, parsed.errors);
      setPublicPage(id, parsed.data.publicIntro);
      return redirectWithMessage(here, "The public page is published.");
    }
    case "level": {
      const parsed = parseForm(
        formData,
        z.object({ participationLevel: optionalChoice(PARTICIPATION_LEVELS, "Choose how far families are involved") }),
      );
      if (!parsed.ok) return invalid(formData, parsed.errors);
      setParticipationLevel(id, parsed.data.participationLevel);
      return redirectWithMessage(here, "How far families are involved is saved.");
    }
    case "private":
      setPublicPage(id, null);
      return redirectWithMessage(here, "The public page is no longer shown.");
    default:
      return invalid(formData, { form: "Choose what to do" });
  }
}

export default function ManageDocument() {
  const doc = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const next = doc.latest.number + 1;
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/manage/reviews">All documents</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">Document review</span>
        <h1 className="govuk-heading-l">{doc.title}</h1>
        {doc.purpose ? <p className="govuk-body-l">{doc.purpose}</p> : null}

        <h2 className="govuk-heading-m">Review rounds</h2>
        {doc.rounds.length ? (
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">Review rounds</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Round
                </th>
                <th scope="col" className="govuk-table__header">
                  Deadline
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Sent
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Comments to answer
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {doc.rounds.map((r) => (
                <tr key={r.id} className="govuk-table__row">
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/manage/reviews/rounds/${r.id}`}>
                      Review of version {r.version}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">
                    {formatDate(r.deadline)}
                    {r.open ? "" : " (closed)"}
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {r.submitted} of {r.invited}
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {r.unanswered} of {r.comments}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="govuk-body">Nobody has been asked to review this document yet.</p>
        )}
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to={`/manage/reviews/${doc.id}/rounds/new`}>
              Invite reviewers to version {doc.latest.number}
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={`/manage/reviews/${doc.id}/easy-read`}>
              Easy-read explanations for version {doc.latest.number}
            </Link>
          </li>
          {doc.versions.length > 1 ? (
            <li>
              <Link className="govuk-link" to={`/reviews/${doc.id}/changes`}>
                What changed between versions
              </Link>
            </li>
          ) : null}
        </ul>

        <h2 className="govuk-heading-m">Versions</h2>
        <ul className="govuk-list">
          {doc.versions.map((v) => (
            <li key={v.number}>
              Version {v.number}, {formatDateTime(v.publishedAt)}
              {v.changeSummary ? `: ${v.changeSummary}` : ""}
            </li>
          ))}
        </ul>
        <PostForm intent="draft" noValidate>
          <h3 className="govuk-heading-s">{doc.draft ? `Draft of version ${next}` : `Write version ${next}`}</h3>
          <RichTextField name="body" label="Document text" doc={doc.draft?.body ?? doc.latest.body} />
          <Textarea
            name="changeSummary"
            label="What changed"
            hint="Reviewers are emailed this when the version is published. For example: “We explained what an EHC plan is, as you asked.”"
            rows={3}
            errors={failureOf(data, "draft").errors ?? failureOf(data, "publish").errors}
            defaultValue={doc.draft?.changeSummary ?? ""}
          />
          <Button secondary>Save draft</Button>
        </PostForm>
        {doc.draft ? (
          <Form method="post">
            <p className="govuk-body">
              Publishing makes the draft version {next}. Everyone who reviewed an earlier version is emailed a link to what changed.
            </p>
            <Button name="intent" value="publish">
              Publish version {next}
            </Button>
          </Form>
        ) : null}

        <PostForm intent="level" noValidate>
          <ParticipationLevelField defaultValue={doc.participationLevel} />
          <Button secondary>Save</Button>
        </PostForm>

        <h2 className="govuk-heading-m">Public page</h2>
        {doc.publicSince ? (
          <>
            <p className="govuk-body">
              Published {formatDateTime(doc.publicSince)}:{" "}
              <Link className="govuk-link" to={`/reviews/${doc.id}`}>
                see the public page
              </Link>
              . It shows only the public wording of each comment and your answers.
            </p>
            <Form method="post">
              <Button secondary name="intent" value="private">
                Stop showing the public page
              </Button>
            </Form>
          </>
        ) : (
          <p className="govuk-body">
            You can publish a page saying “Ambassadors reviewed this document: they said, we changed”. It shows only comments you gave public wording
            to, with your answers. Reviewers’ names and their own words are never shown.
          </p>
        )}
        <PostForm intent="public" noValidate>
          <Textarea name="publicIntro" label="Introduction for the public page" rows={3} defaultValue={doc.publicIntro} />
          <Button secondary>{doc.publicSince ? "Update the public page" : "Publish the public page"}</Button>
        </PostForm>
      </div>
    </div>
  );
}
