import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, ChooseBox, ErrorSummary, PostForm, Radios, Textarea, failureOf, useSavedKey } from "~/components/form";
import { RawItemsStep } from "~/modules/themes/raw-items-step";
import { BackLink } from "~/components/page";
import { CommentAnswer, DecisionTag } from "~/components/review";
import { COMMENT_DECISIONS } from "~db/schema/enums";
import { can, requirePermission } from "~/modules/auth/permissions.server";
import { commentRefs } from "~/modules/themes/items.server";
import { attachItems, themeChoices } from "~/modules/themes/themes.server";
import { counted } from "~/utils/words";
import { answerComment, commentsToSuggestions, commentToSuggestion, roundForOfficer } from "~/modules/reviews/rounds.server";
import { flagReviewComment } from "~/modules/reviews/safeguarding.server";
import { found, routeId } from "~/utils/query.server";
import { idList, parseForm, textField, invalid } from "~/utils/validation.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Review of ${data.document.title}, version ${data.version}` : "Review" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "review:manage");
  return json({ ...found(roundForOfficer(routeId(params.roundId))), themes: themeChoices() });
}

function answerSchema(id: number) {
  return z
    .object({
      [`reply${id}`]: textField("Your answer", { max: 2000, multiline: true, required: "Write your answer to this comment" }),
      [`decision${id}`]: z.enum(COMMENT_DECISIONS, { message: "Say whether the comment was accepted" }),
      [`declineReason${id}`]: textField("The reason", { max: 1000, multiline: true, required: false }),
      [`publicWording${id}`]: textField("The public wording", { max: 500, multiline: true, required: false }),
    })
    .superRefine((v, ctx) => {
      if (v[`decision${id}`] === "not_accepted" && !v[`declineReason${id}`])
        ctx.addIssue({ code: "custom", path: [`declineReason${id}`], message: "Say why the comment was not accepted" });
    });
}

// A function, not a constant: idList() is server code the browser bundle leaves out, and a schema
// built when the module loads would bring zod into every page's browser code.
const bulkSchema = () =>
  z.object({
    comment: idList(),
    what: z.enum(["suggestions", "theme"], { message: "Choose what to do with the ticked comments" }),
    themeId: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().positive().optional()),
  });

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "review:manage");
  const roundId = routeId(params.roundId);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const here = `/manage/reviews/rounds/${roundId}`;
  if (intent === "comments") {
    const parsed = parseForm(formData, bulkSchema());
    if (!parsed.ok) return invalid(formData, parsed.errors);
    const { comment: ids, what, themeId } = parsed.data;
    if (!ids.length) return invalid(formData, { comment: "Tick at least one comment" });
    if (what === "suggestions") {
      const made = commentsToSuggestions(ids, roundId);
      if (!made.ok) return invalid(formData, { form: `${made.message}. Untick it and try again; nothing has been changed.` });
      return redirectWithMessage(here, `${counted(made.references.length, "comment")} made suggestions in “You said, we did”.`);
    }
    if (!can(officer, "suggestion:triage")) return invalid(formData, { form: "You cannot change themes" }, undefined, 403);
    if (!themeId || !themeChoices().some((t) => t.id === themeId)) return invalid(formData, { themeId: "Choose the theme to add them to" });
    const attached = attachItems(themeId, commentRefs(ids), officer);
    if (!attached.ok) return invalid(formData, { form: attached.message });
    return redirectWithMessage(here, `${counted(attached.attached, "comment")} added to the theme.`);
  }
  const commentId = Number(formData.get("commentId"));
  if (!Number.isSafeInteger(commentId) || commentId < 1) return invalid(formData, { form: "Choose a comment" });
  if (intent === `answer-${commentId}`) {
    const parsed = parseForm(formData, answerSchema(commentId));
    if (!parsed.ok) return invalid(formData, parsed.errors);
    const v = parsed.data as Record<string, string>;
    const saved = answerComment(
      {
        commentId,
        roundId,
        reply: v[`reply${commentId}`]!,
        decision: v[`decision${commentId}`] as "accepted" | "not_accepted",
        declineReason: v[`declineReason${commentId}`]!,
        publicWording: v[`publicWording${commentId}`]!,
      },
      officer.id,
    );
    if (!saved) return invalid(formData, { form: "That comment no longer exists" });
    return redirectWithMessage(`${here}#comment-${commentId}`, "Answer saved. When all of a reviewer’s comments are answered, they are emailed.");
  }
  if (intent === `suggestion-${commentId}`) {
    const made = commentToSuggestion(commentId, roundId);
    if (!made.ok) return invalid(formData, { form: made.message });
    return redirectWithMessage(`${here}#comment-${commentId}`, `The comment is now suggestion ${made.reference} in “You said, we did”.`);
  }
  if (intent === `safeguarding-${commentId}`) {
    if (!flagReviewComment(roundId, commentId, officer)) return invalid(formData, { form: "That comment no longer exists" });
    return redirectWithMessage(`${here}#comment-${commentId}`, "The comment is held back and the safeguarding contact has been emailed a link.");
  }
  return invalid(formData, { form: "Choose what to do" });
}

export default function ManageRound() {
  const round = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const sent = round.invitations.filter((i) => i.submittedAt).length;
  // The first comment that can be ticked carries the field's id, for the error summary's link.
  const firstComment = round.passages.flatMap((p) => p.comments).find((c) => !c.safeguarding)?.id;
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/manage/reviews/${round.document.id}`}>Back to the document</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{round.document.title}</span>
        <h1 className="govuk-heading-l">Review of version {round.version}</h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Deadline</dt>
            <dd className="govuk-summary-list__value">
              {formatDate(round.deadline)}
              {round.open ? " (open)" : " (closed)"}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Reviews sent</dt>
            <dd className="govuk-summary-list__value">
              {sent} of {round.invitations.length}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Comments to answer</dt>
            <dd className="govuk-summary-list__value">{round.unanswered}</dd>
          </div>
        </dl>

        <h2 className="govuk-heading-m">Who was invited</h2>
        <ul className="govuk-list">
          {round.invitations.map((i) => (
            <li key={i.name}>
              {i.name}: {i.submittedAt ? `sent ${formatDateTime(i.submittedAt)}` : "not sent yet"}, {i.comments}{" "}
              {i.comments === 1 ? "comment" : "comments"}
            </li>
          ))}
        </ul>

        <h2 className="govuk-heading-m">Answers to the questions</h2>
        {round.questions.map((q) => (
          <div key={q.id}>
            <h3 className="govuk-heading-s">{q.text}</h3>
            {q.rating ? (
              q.rating.count ? (
                <table className="govuk-table">
                  <caption className="govuk-table__caption govuk-table__caption--s">
                    Average {q.rating.average} out of 5, from {q.rating.count} {q.rating.count === 1 ? "reviewer" : "reviewers"}
                  </caption>
                  <thead className="govuk-table__head">
                    <tr className="govuk-table__row">
                      <th scope="col" className="govuk-table__header">
                        Rating
                      </th>
                      <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                        Reviewers
                      </th>
                    </tr>
                  </thead>
                  <tbody className="govuk-table__body">
                    {q.rating.counts.map((c) => (
                      <tr key={c.value} className="govuk-table__row">
                        <td className="govuk-table__cell">{c.value}</td>
                        <td className="govuk-table__cell govuk-table__cell--numeric">{c.n}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p className="govuk-body">No answers yet.</p>
              )
            ) : q.texts.length ? (
              <ul className="govuk-list">
                {q.texts.map((t) => (
                  <li key={t.name} className="app-comment">
                    <strong>{t.name}:</strong> {t.text}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="govuk-body">No answers yet.</p>
            )}
          </div>
        ))}

        <h2 className="govuk-heading-m">Comments, paragraph by paragraph</h2>
        {round.passages.length === 0 ? <p className="govuk-body">No comments yet.</p> : null}
        {round.passages.map((p) => (
          <section key={p.index} aria-labelledby={`paragraph-${p.index}`}>
            <h3 className="govuk-heading-s" id={`paragraph-${p.index}`}>
              Paragraph {p.number}
            </h3>
            <div className="govuk-inset-text" dangerouslySetInnerHTML={{ __html: p.html }} />
            {p.comments.map((c) => (
              <article key={c.id} id={`comment-${c.id}`} className="govuk-!-margin-bottom-8">
                {c.safeguarding ? (
                  <p className="govuk-body-s app-passage__number">
                    {c.author}, {formatDateTime(c.createdAt)}
                  </p>
                ) : (
                  <ChooseBox name="comment" value={String(c.id)} first={c.id === firstComment} label="" form="comments-bulk">
                    <span className="govuk-body-s">
                      {c.author}, {formatDateTime(c.createdAt)}
                    </span>
                  </ChooseBox>
                )}
                {c.safeguarding ? (
                  <p className="govuk-body">
                    <strong className="govuk-tag govuk-tag--red">Held back: possible safeguarding concern</strong>{" "}
                    <Link className="govuk-link" to="/manage/safeguarding">
                      Safeguarding concerns
                    </Link>
                  </p>
                ) : null}
                <p className="govuk-body app-comment">{c.body}</p>
                {c.answeredAt ? (
                  <>
                    <h4 className="govuk-heading-s">Your answer</h4>
                    <CommentAnswer reply={c.reply} decision={c.decision} declineReason={c.declineReason} />
                  </>
                ) : (
                  <p className="govuk-body">
                    <DecisionTag decision={null} />
                  </p>
                )}
                <details className="govuk-details" open={!c.answeredAt || Boolean(failureOf(data, `answer-${c.id}`).errors)}>
                  <summary className="govuk-details__summary">
                    <span className="govuk-details__summary-text">
                      {c.answeredAt ? "Change the answer" : "Answer this comment"}
                      <span className="govuk-visually-hidden"> from {c.author}</span>
                    </span>
                  </summary>
                  <div className="govuk-details__text">
                    <Form method="post" noValidate>
                      <input type="hidden" name="commentId" value={c.id} />
                      <Textarea
                        name={`reply${c.id}`}
                        label="Your answer"
                        hint="“You said … so we changed …” or “We kept it because …”"
                        rows={3}
                        defaultValue={c.reply}
                      />
                      <Radios
                        name={`decision${c.id}`}
                        legend="Was the comment accepted?"
                        inline
                        options={[
                          { value: "accepted", label: "Accepted" },
                          { value: "not_accepted", label: "Not accepted" },
                        ]}
                        defaultValue={c.decision ?? ""}
                      />
                      <Textarea name={`declineReason${c.id}`} label="If not accepted, why not?" rows={2} defaultValue={c.declineReason} />
                      <Textarea
                        name={`publicWording${c.id}`}
                        label="For the public page: what they said, in public words (optional)"
                        hint="Leave empty to keep this comment off the public page. Never copy their own words or anything that could identify them."
                        rows={2}
                        defaultValue={c.publicWording}
                      />
                      <Button name="intent" value={`answer-${c.id}`}>
                        Save answer
                      </Button>
                    </Form>
                  </div>
                </details>
                {c.safeguarding ? null : c.suggestion ? (
                  <p className="govuk-body">
                    This comment is suggestion{" "}
                    <Link className="govuk-link" to={`/manage/suggestions/${c.suggestion.id}`}>
                      {c.suggestion.reference}
                    </Link>
                    .
                  </p>
                ) : (
                  <Form method="post">
                    <input type="hidden" name="commentId" value={c.id} />
                    <div className="govuk-button-group">
                      <Button secondary name="intent" value={`suggestion-${c.id}`}>
                        Turn into a suggestion
                        <span className="govuk-visually-hidden">
                          {" "}
                          (comment from {c.author} on paragraph {p.number})
                        </span>
                      </Button>
                      <Button warning name="intent" value={`safeguarding-${c.id}`}>
                        Flag as a safeguarding concern
                        <span className="govuk-visually-hidden">
                          {" "}
                          (comment from {c.author} on paragraph {p.number})
                        </span>
                      </Button>
                    </div>
                  </Form>
                )}
              </article>
            ))}
          </section>
        ))}
        {firstComment ? (
          <PostForm intent="comments" id="comments-bulk" noValidate>
            <RawItemsStep noun="comments" themes={round.themes} />
          </PostForm>
        ) : null}
      </div>
    </div>
  );
}
