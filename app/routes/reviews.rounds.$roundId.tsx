import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, Radios, Textarea, failureOf, useSavedKey } from "~/components/form";
import { CommentAnswer, DecisionTag } from "~/components/review";
import { can } from "~/modules/auth/permissions.server";
import { requireUser } from "~/modules/auth/session.server";
import { RATING_CHOICES } from "~/modules/reviews/questions";
import { addComment, isInvited, removeComment, roundForReviewer, roundQuestions, submitReview } from "~/modules/reviews/reviewing.server";
import { enumParam, routeId } from "~/utils/query.server";
import { parseForm, textField, invalid } from "~/utils/validation.server";
import { formatDate } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Review: ${data.round.document.title}` : "Review" }];

const SIZES = ["standard", "large", "largest"] as const;

const notInvited = () => new Response("You were not invited to review this document.", { status: 403, statusText: "Forbidden" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const roundId = routeId(params.roundId);
  const round = roundForReviewer(roundId, user.id);
  if (!round) {
    // Officers answer reviews from their own page; everyone else who was not invited is refused.
    if (can(user, "review:manage")) throw redirect(`/manage/reviews/rounds/${roundId}`);
    throw notInvited();
  }
  return json({ round, size: enumParam(new URL(request.url).searchParams, "size", SIZES) ?? "standard" });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const roundId = routeId(params.roundId);
  if (!isInvited(roundId, user.id)) throw notInvited();
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const size = enumParam(new URL(request.url).searchParams, "size", SIZES);
  const here = (message: keyof typeof DONE, hash = "") =>
    redirectWithMessage(`/reviews/rounds/${roundId}${size && size !== "standard" ? `?size=${size}` : ""}${hash}`, DONE[message]);
  switch (intent) {
    case "comment": {
      const passage = Number(formData.get("passage"));
      if (!Number.isInteger(passage) || passage < 0 || passage > 10_000) return invalid(formData, { form: "Choose a paragraph to comment on" });
      const field = `comment${passage}`;
      const parsed = parseForm(
        formData,
        z.object({ [field]: textField("Your comment", { max: 2000, multiline: true, required: "Write your comment" }) }),
      );
      if (!parsed.ok) return invalid(formData, parsed.errors);
      const added = addComment({ roundId, userId: user.id, passage, body: (parsed.data as Record<string, string>)[field]! });
      if (!added) throw notInvited();
      if (!added.ok) return invalid(formData, { form: added.message });
      return here("comment", `#passage-${passage}`);
    }
    case "remove": {
      const removed = removeComment({ roundId, userId: user.id, commentId: Number(formData.get("commentId")) || 0 });
      if (!removed) throw notInvited();
      if (!removed.ok) return invalid(formData, { form: removed.message });
      return here("removed");
    }
    case "submit": {
      const questions = roundQuestions(roundId);
      const fields = Object.fromEntries(
        questions.map((q) => [
          `answer-${q.id}`,
          q.kind === "rating"
            ? z.enum(["1", "2", "3", "4", "5"], { message: `Choose a number from 1 to 5 for “${q.text}”` })
            : textField(`Your answer to “${q.text}”`, { max: 2000, multiline: true, required: false }),
        ]),
      );
      const parsed = parseForm(formData, z.object(fields));
      if (!parsed.ok) return invalid(formData, parsed.errors);
      const posted = parsed.data as Record<string, string>;
      const answers = Object.fromEntries(questions.map((q) => [q.id, posted[`answer-${q.id}`] ?? ""]));
      const sent = submitReview({ roundId, userId: user.id, answers });
      if (!sent) throw notInvited();
      if (!sent.ok) return invalid(formData, { form: sent.message });
      return here("sent");
    }
    default:
      return invalid(formData, { form: "Choose what to do" });
  }
}

const DONE = {
  comment: "Comment added. The team will answer it.",
  removed: "Comment removed.",
  sent: "Thank you: your review has been sent. You can still add comments or change your answers until the deadline.",
} as const;

export default function Review() {
  const { round, size } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const sizeQuery = size === "standard" ? "" : `?size=${size}`;
  const answered = round.comments.filter((c) => c.answeredAt).length;
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary />
        <span className="govuk-caption-l">Review of version {round.version}</span>
        <h1 className="govuk-heading-l">{round.document.title}</h1>
        {round.document.purpose ? <p className="govuk-body-l">{round.document.purpose}</p> : null}
        {round.newer ? (
          <div className="govuk-inset-text">
            There is a newer version of this document (version {round.newer}).{" "}
            <Link className="govuk-link" to={`/reviews/${round.document.id}/changes?from=${round.version}&to=${round.newer}`}>
              See what changed
            </Link>
          </div>
        ) : null}
        {round.open ? (
          <>
            <p className="govuk-body">
              Please send your review by the end of <strong>{formatDate(round.deadline)}</strong>.
            </p>
            <details className="govuk-details">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">How to review</span>
              </summary>
              <div className="govuk-details__text">
                <p className="govuk-body">
                  Read each paragraph. If something is hard to understand, or you would change it, open “Comment on paragraph …” under it and say why.
                </p>
                <p className="govuk-body">Where you see “What this means”, there is an easy-read explanation.</p>
                <p className="govuk-body">
                  At the end, answer the questions and press “Send my review”. Every comment gets an answer, and we email you when yours are answered.
                </p>
              </div>
            </details>
          </>
        ) : (
          <div className="govuk-inset-text">
            This review closed at the end of {formatDate(round.deadline)}. You can still read your comments and how they were answered.
          </div>
        )}
        <p className="govuk-body">
          {round.comments.length === 0
            ? "You have not made any comments yet."
            : `You have made ${round.comments.length} ${round.comments.length === 1 ? "comment" : "comments"}; ${answered} answered so far.`}
        </p>

        <nav className="app-text-size govuk-body" aria-label="Text size">
          Text size:{" "}
          {SIZES.map((s, i) => (
            <span key={s}>
              {i > 0 ? " · " : ""}
              <Link
                className="govuk-link"
                to={`/reviews/rounds/${round.id}${s === "standard" ? "" : `?size=${s}`}`}
                aria-current={s === size ? "true" : undefined}
                preventScrollReset
              >
                {s === "standard" ? "Standard" : s === "large" ? "Large" : "Largest"}
              </Link>
            </span>
          ))}
        </nav>

        <div className={`app-reading app-reading--${size}`}>
          {round.passages.map((p) =>
            p.heading ? (
              <div key={p.index} className="app-passage__text" dangerouslySetInnerHTML={{ __html: p.html }} />
            ) : (
              <section
                key={p.index}
                id={`passage-${p.index}`}
                className={`app-passage ${p.comments.length ? "app-passage--commented" : ""}`}
                aria-label={`Paragraph ${p.number}`}
              >
                <p className="govuk-body-s app-passage__number">Paragraph {p.number}</p>
                <div className="app-passage__text" dangerouslySetInnerHTML={{ __html: p.html }} />
                {p.easyRead ? (
                  <details className="govuk-details">
                    <summary className="govuk-details__summary">
                      <span className="govuk-details__summary-text">
                        What this means<span className="govuk-visually-hidden"> (paragraph {p.number})</span>
                      </span>
                    </summary>
                    <div className="govuk-details__text">{p.easyRead}</div>
                  </details>
                ) : null}
                {p.comments.map((c) => (
                  <div key={c.id} className="app-comment">
                    <p className="govuk-body">
                      <strong>Your comment:</strong> {c.body}
                    </p>
                    {c.answeredAt ? (
                      <>
                        <p className="govuk-body govuk-!-margin-bottom-1">
                          <strong>Our answer:</strong>
                        </p>
                        <CommentAnswer reply={c.reply} decision={c.decision} declineReason={c.declineReason} />
                      </>
                    ) : (
                      <>
                        <p className="govuk-body">
                          <DecisionTag decision={null} />
                        </p>
                        {round.open ? (
                          <Form method="post" action={`/reviews/rounds/${round.id}${sizeQuery}`}>
                            <input type="hidden" name="commentId" value={c.id} />
                            <button type="submit" name="intent" value="remove" className="app-link-button govuk-link">
                              Remove this comment<span className="govuk-visually-hidden"> on paragraph {p.number}</span>
                            </button>
                          </Form>
                        ) : null}
                      </>
                    )}
                  </div>
                ))}
                {round.open ? (
                  <details className="govuk-details" open={Boolean(failureOf(data, "comment").errors?.[`comment${p.index}`])}>
                    <summary className="govuk-details__summary">
                      <span className="govuk-details__summary-text">Comment on paragraph {p.number}</span>
                    </summary>
                    <div className="govuk-details__text">
                      <Form method="post" action={`/reviews/rounds/${round.id}${sizeQuery}`} noValidate>
                        <input type="hidden" name="passage" value={p.index} />
                        <Textarea
                          name={`comment${p.index}`}
                          label={`Your comment on paragraph ${p.number}`}
                          hint="What is hard to understand, or what would you change?"
                          rows={3}
                        />
                        <Button secondary name="intent" value="comment">
                          Add comment<span className="govuk-visually-hidden"> on paragraph {p.number}</span>
                        </Button>
                      </Form>
                    </div>
                  </details>
                ) : null}
              </section>
            ),
          )}
        </div>

        <h2 className="govuk-heading-m">Your answers</h2>
        {round.submittedAt ? (
          <p className="govuk-body">You sent your review. {round.open ? "You can change your answers and send it again until the deadline." : ""}</p>
        ) : null}
        {round.open ? (
          <Form method="post" action={`/reviews/rounds/${round.id}${sizeQuery}`} noValidate>
            {round.questions.map((q) =>
              q.kind === "rating" ? (
                <Radios
                  key={q.id}
                  name={`answer-${q.id}`}
                  legend={q.text}
                  legendClass="govuk-fieldset__legend--s"
                  hint="1 means not at all, 5 means very."
                  inline
                  options={RATING_CHOICES}
                  defaultValue={round.answers[q.id] ?? ""}
                />
              ) : (
                <Textarea
                  key={q.id}
                  name={`answer-${q.id}`}
                  label={q.text}
                  labelClass="govuk-label--s"
                  hint="Optional"
                  rows={3}
                  defaultValue={round.answers[q.id] ?? ""}
                />
              ),
            )}
            <Button name="intent" value="submit">
              {round.submittedAt ? "Send my review again" : "Send my review"}
            </Button>
          </Form>
        ) : (
          <dl className="govuk-summary-list">
            {round.questions.map((q) => (
              <div key={q.id} className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{q.text}</dt>
                <dd className="govuk-summary-list__value">{round.answers[q.id] || "Not answered"}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </div>
  );
}
