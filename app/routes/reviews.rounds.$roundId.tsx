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
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";
import type { ReactNode } from "react";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("reviews.round.metaTitle", { title: data.round.document.title }) : metaText("reviews.title") },
];

const SIZES = ["standard", "large", "largest"] as const;
const SIZE_LABELS = { standard: "reviews.size.standard", large: "reviews.size.large", largest: "reviews.size.largest" } as const;
const bold = (parts: ReactNode[]) => <strong>{parts}</strong>;

const notInvited = () => new Response(translate("reviews.round.notInvited"), { status: 403, statusText: "Forbidden" });

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
    redirectWithMessage(`/reviews/rounds/${roundId}${size && size !== "standard" ? `?size=${size}` : ""}${hash}`, translate(DONE[message]));
  switch (intent) {
    case "comment": {
      const passage = Number(formData.get("passage"));
      if (!Number.isInteger(passage) || passage < 0 || passage > 10_000) return invalid(formData, { form: translate("reviews.error.paragraph") });
      const field = `comment${passage}`;
      const parsed = parseForm(
        formData,
        z.object({
          [field]: textField(translate("reviews.round.commentName"), {
            max: 2000,
            multiline: true,
            required: translate("reviews.round.commentRequired"),
          }),
        }),
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
            ? z.enum(["1", "2", "3", "4", "5"], { message: translate("reviews.round.chooseRating", { question: q.text }) })
            : textField(translate("reviews.round.answerName", { question: q.text }), { max: 2000, multiline: true, required: false }),
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
      return invalid(formData, { form: translate("groups.error.chooseWhat") });
  }
}

const DONE = {
  comment: "reviews.round.flash.comment",
  removed: "reviews.round.flash.removed",
  sent: "reviews.round.flash.sent",
} as const;

export default function Review() {
  const { round, size } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const sizeQuery = size === "standard" ? "" : `?size=${size}`;
  const answered = round.comments.filter((c) => c.answeredAt).length;
  const { t, rich, lang } = useT();
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary />
        <span className="govuk-caption-l">{t("reviews.round.caption", { version: round.version })}</span>
        <h1 className="govuk-heading-l">{round.document.title}</h1>
        {round.document.purpose ? <p className="govuk-body-l">{round.document.purpose}</p> : null}
        {round.newer ? (
          <div className="govuk-inset-text">
            {t("reviews.round.newer", { version: round.newer })}{" "}
            <Link className="govuk-link" to={`/reviews/${round.document.id}/changes?from=${round.version}&to=${round.newer}`}>
              {t("reviews.round.seeChanges")}
            </Link>
          </div>
        ) : null}
        {round.open ? (
          <>
            <p className="govuk-body">{rich("reviews.round.sendBy", { date: formatDate(round.deadline, lang), strong: bold })}</p>
            <details className="govuk-details">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">{t("reviews.round.how")}</span>
              </summary>
              <div className="govuk-details__text">
                <p className="govuk-body">{t("reviews.round.how1")}</p>
                <p className="govuk-body">{t("reviews.round.how2")}</p>
                <p className="govuk-body">{t("reviews.round.how3")}</p>
              </div>
            </details>
          </>
        ) : (
          <div className="govuk-inset-text">{t("reviews.round.closed", { date: formatDate(round.deadline, lang) })}</div>
        )}
        <p className="govuk-body">
          {round.comments.length === 0 ? t("reviews.round.noComments") : t("reviews.round.comments", { count: round.comments.length, answered })}
        </p>

        <nav className="app-text-size govuk-body" aria-label={t("reviews.round.textSize")}>
          {t("reviews.round.textSizeLabel")}{" "}
          {SIZES.map((s, i) => (
            <span key={s}>
              {i > 0 ? " · " : ""}
              <Link
                className="govuk-link"
                to={`/reviews/rounds/${round.id}${s === "standard" ? "" : `?size=${s}`}`}
                aria-current={s === size ? "true" : undefined}
                preventScrollReset
              >
                {t(SIZE_LABELS[s])}
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
                aria-label={t("reviews.round.paragraph", { number: p.number })}
              >
                <p className="govuk-body-s app-passage__number">{t("reviews.round.paragraph", { number: p.number })}</p>
                <div className="app-passage__text" dangerouslySetInnerHTML={{ __html: p.html }} />
                {p.easyRead ? (
                  <details className="govuk-details">
                    <summary className="govuk-details__summary">
                      <span className="govuk-details__summary-text">
                        {t("reviews.round.means")}
                        <span className="govuk-visually-hidden"> {t("reviews.round.meansFor", { number: p.number })}</span>
                      </span>
                    </summary>
                    <div className="govuk-details__text">{p.easyRead}</div>
                  </details>
                ) : null}
                {p.comments.map((c) => (
                  <div key={c.id} className="app-comment">
                    <p className="govuk-body">
                      <strong>{t("reviews.round.yourComment")}</strong> {c.body}
                    </p>
                    {c.answeredAt ? (
                      <>
                        <p className="govuk-body govuk-!-margin-bottom-1">
                          <strong>{t("reviews.round.ourAnswer")}</strong>
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
                              {t("reviews.round.remove")}
                              <span className="govuk-visually-hidden"> {t("reviews.round.onParagraph", { number: p.number })}</span>
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
                      <span className="govuk-details__summary-text">{t("reviews.round.commentOn", { number: p.number })}</span>
                    </summary>
                    <div className="govuk-details__text">
                      <Form method="post" action={`/reviews/rounds/${round.id}${sizeQuery}`} noValidate>
                        <input type="hidden" name="passage" value={p.index} />
                        <Textarea
                          name={`comment${p.index}`}
                          label={t("reviews.round.commentLabel", { number: p.number })}
                          hint={t("reviews.round.commentHint")}
                          rows={3}
                        />
                        <Button secondary name="intent" value="comment">
                          {t("reviews.round.add")}
                          <span className="govuk-visually-hidden"> {t("reviews.round.onParagraph", { number: p.number })}</span>
                        </Button>
                      </Form>
                    </div>
                  </details>
                ) : null}
              </section>
            ),
          )}
        </div>

        <h2 className="govuk-heading-m">{t("reviews.round.answers")}</h2>
        {round.submittedAt ? (
          <p className="govuk-body">
            {t("reviews.round.youSent")} {round.open ? t("reviews.round.canChange") : ""}
          </p>
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
                  hint={t("reviews.round.ratingHint")}
                  inline
                  options={RATING_CHOICES.map((c) => ({ value: c.value, label: t(c.label) }))}
                  defaultValue={round.answers[q.id] ?? ""}
                />
              ) : (
                <Textarea
                  key={q.id}
                  name={`answer-${q.id}`}
                  label={q.text}
                  labelClass="govuk-label--s"
                  hint={t("reviews.round.optional")}
                  rows={3}
                  defaultValue={round.answers[q.id] ?? ""}
                />
              ),
            )}
            <Button name="intent" value="submit">
              {round.submittedAt ? t("reviews.round.sendAgain") : t("reviews.round.send")}
            </Button>
          </Form>
        ) : (
          <dl className="govuk-summary-list">
            {round.questions.map((q) => (
              <div key={q.id} className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{q.text}</dt>
                <dd className="govuk-summary-list__value">{round.answers[q.id] || t("reviews.round.notAnswered")}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </div>
  );
}
