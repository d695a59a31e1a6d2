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
import { answerComment, commentsToSuggestions, commentToSuggestion, roundForOfficer } from "~/modules/reviews/rounds.server";
import { flagReviewComment } from "~/modules/reviews/safeguarding.server";
import { found, routeId } from "~/utils/query.server";
import { idList, parseForm, textField, invalid } from "~/utils/validation.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("manage.reviews.round.metaTitle", { title: data.document.title, version: data.version }) : metaText("reviews.title") },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "review:manage");
  return json({ ...found(roundForOfficer(routeId(params.roundId))), themes: themeChoices() });
}

function answerSchema(id: number) {
  return z
    .object({
      [`reply${id}`]: textField(translate("manage.reviews.round.answer"), {
        max: 2000,
        multiline: true,
        required: translate("manage.reviews.round.answerRequired"),
      }),
      [`decision${id}`]: z.enum(COMMENT_DECISIONS, { message: translate("manage.reviews.round.decisionRequired") }),
      [`declineReason${id}`]: textField(translate("manage.reviews.round.reasonName"), { max: 1000, multiline: true, required: false }),
      [`publicWording${id}`]: textField(translate("manage.reviews.round.publicName"), { max: 500, multiline: true, required: false }),
    })
    .superRefine((v, ctx) => {
      if (v[`decision${id}`] === "not_accepted" && !v[`declineReason${id}`])
        ctx.addIssue({ code: "custom", path: [`declineReason${id}`], message: translate("manage.reviews.round.reasonRequired") });
    });
}

// A function, not a constant: idList() is server code the browser bundle leaves out, and a schema
// built when the module loads would bring zod into every page's browser code.
const bulkSchema = () =>
  z.object({
    comment: idList(),
    what: z.enum(["suggestions", "theme"], { message: translate("manage.reviews.round.bulkWhat") }),
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
    if (!ids.length) return invalid(formData, { comment: translate("manage.reviews.round.tickOne") });
    if (what === "suggestions") {
      const made = commentsToSuggestions(ids, roundId);
      if (!made.ok) return invalid(formData, { form: translate("manage.reviews.round.bulkRefused", { problem: made.message }) });
      return redirectWithMessage(here, translate("manage.reviews.round.flash.suggestions", { count: made.references.length }));
    }
    if (!can(officer, "suggestion:triage")) return invalid(formData, { form: translate("manage.reviews.round.noThemes") }, undefined, 403);
    if (!themeId || !themeChoices().some((t) => t.id === themeId))
      return invalid(formData, { themeId: translate("manage.reviews.round.chooseTheme") });
    const attached = attachItems(themeId, commentRefs(ids), officer);
    if (!attached.ok) return invalid(formData, { form: attached.message });
    return redirectWithMessage(here, translate("manage.reviews.round.flash.theme", { count: attached.attached }));
  }
  const commentId = Number(formData.get("commentId"));
  if (!Number.isSafeInteger(commentId) || commentId < 1) return invalid(formData, { form: translate("manage.reviews.round.chooseComment") });
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
    if (!saved) return invalid(formData, { form: translate("reviews.error.commentGone") });
    return redirectWithMessage(`${here}#comment-${commentId}`, translate("manage.reviews.round.flash.answered"));
  }
  if (intent === `suggestion-${commentId}`) {
    const made = commentToSuggestion(commentId, roundId);
    if (!made.ok) return invalid(formData, { form: made.message });
    return redirectWithMessage(`${here}#comment-${commentId}`, translate("manage.reviews.round.flash.suggestion", { reference: made.reference }));
  }
  if (intent === `safeguarding-${commentId}`) {
    if (!flagReviewComment(roundId, commentId, officer)) return invalid(formData, { form: translate("reviews.error.commentGone") });
    return redirectWithMessage(`${here}#comment-${commentId}`, translate("manage.reviews.round.flash.flagged"));
  }
  return invalid(formData, { form: translate("groups.error.chooseWhat") });
}

export default function ManageRound() {
  const round = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const sent = round.invitations.filter((i) => i.submittedAt).length;
  // The first comment that can be ticked carries the field's id, for the error summary's link.
  const firstComment = round.passages.flatMap((p) => p.comments).find((c) => !c.safeguarding)?.id;
  const { t, lang } = useT();
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/manage/reviews/${round.document.id}`}>{t("manage.reviews.backToDocument")}</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{round.document.title}</span>
        <h1 className="govuk-heading-l">{t("reviews.round.caption", { version: round.version })}</h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("manage.reviews.doc.deadline")}</dt>
            <dd className="govuk-summary-list__value">
              {formatDate(round.deadline, lang)} {round.open ? t("manage.reviews.round.open") : t("manage.reviews.doc.closed")}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("manage.reviews.round.sent")}</dt>
            <dd className="govuk-summary-list__value">{t("manage.reviews.doc.of", { n: sent, total: round.invitations.length })}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("manage.reviews.toAnswer")}</dt>
            <dd className="govuk-summary-list__value">{round.unanswered}</dd>
          </div>
        </dl>

        <h2 className="govuk-heading-m">{t("manage.reviews.round.invited")}</h2>
        <ul className="govuk-list">
          {round.invitations.map((i) => (
            <li key={i.name}>
              {t("manage.reviews.round.person", {
                name: i.name,
                sent: i.submittedAt ? "yes" : "no",
                when: i.submittedAt ? formatDateTime(i.submittedAt, lang) : "",
                count: i.comments,
              })}
            </li>
          ))}
        </ul>

        <h2 className="govuk-heading-m">{t("manage.reviews.round.answers")}</h2>
        {round.questions.map((q) => (
          <div key={q.id}>
            <h3 className="govuk-heading-s">{q.text}</h3>
            {q.rating ? (
              q.rating.count ? (
                <table className="govuk-table">
                  <caption className="govuk-table__caption govuk-table__caption--s">
                    {t("manage.reviews.round.average", { average: q.rating.average, count: q.rating.count })}
                  </caption>
                  <thead className="govuk-table__head">
                    <tr className="govuk-table__row">
                      <th scope="col" className="govuk-table__header">
                        {t("manage.reviews.round.rating")}
                      </th>
                      <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                        {t("manage.reviews.round.reviewers")}
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
                <p className="govuk-body">{t("manage.reviews.round.noAnswers")}</p>
              )
            ) : q.texts.length ? (
              <ul className="govuk-list">
                {q.texts.map((a) => (
                  <li key={a.name} className="app-comment">
                    <strong>{a.name}:</strong> {a.text}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="govuk-body">{t("manage.reviews.round.noAnswers")}</p>
            )}
          </div>
        ))}

        <h2 className="govuk-heading-m">{t("manage.reviews.round.byParagraph")}</h2>
        {round.passages.length === 0 ? <p className="govuk-body">{t("manage.reviews.round.noComments")}</p> : null}
        {round.passages.map((p) => (
          <section key={p.index} aria-labelledby={`paragraph-${p.index}`}>
            <h3 className="govuk-heading-s" id={`paragraph-${p.index}`}>
              {t("reviews.round.paragraph", { number: p.number })}
            </h3>
            <div className="govuk-inset-text" dangerouslySetInnerHTML={{ __html: p.html }} />
            {p.comments.map((c) => (
              <article key={c.id} id={`comment-${c.id}`} className="govuk-!-margin-bottom-8">
                {c.safeguarding ? (
                  <p className="govuk-body-s app-passage__number">
                    {c.author}, {formatDateTime(c.createdAt, lang)}
                  </p>
                ) : (
                  <ChooseBox name="comment" value={String(c.id)} first={c.id === firstComment} label="" form="comments-bulk">
                    <span className="govuk-body-s">
                      {c.author}, {formatDateTime(c.createdAt, lang)}
                    </span>
                  </ChooseBox>
                )}
                {c.safeguarding ? (
                  <p className="govuk-body">
                    <strong className="govuk-tag govuk-tag--red">{t("manage.reviews.round.heldBack")}</strong>{" "}
                    <Link className="govuk-link" to="/manage/safeguarding">
                      {t("manage.reviews.round.concerns")}
                    </Link>
                  </p>
                ) : null}
                <p className="govuk-body app-comment">{c.body}</p>
                {c.answeredAt ? (
                  <>
                    <h4 className="govuk-heading-s">{t("manage.reviews.round.answer")}</h4>
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
                      {c.answeredAt ? t("manage.reviews.round.change") : t("manage.reviews.round.answerThis")}
                      <span className="govuk-visually-hidden"> {t("manage.reviews.round.from", { name: c.author })}</span>
                    </span>
                  </summary>
                  <div className="govuk-details__text">
                    <Form method="post" noValidate>
                      <input type="hidden" name="commentId" value={c.id} />
                      <Textarea
                        name={`reply${c.id}`}
                        label={t("manage.reviews.round.answer")}
                        hint={t("manage.reviews.round.answer.hint")}
                        rows={3}
                        defaultValue={c.reply}
                      />
                      <Radios
                        name={`decision${c.id}`}
                        legend={t("manage.reviews.round.accepted")}
                        inline
                        options={[
                          { value: "accepted", label: t("reviews.decision.accepted") },
                          { value: "not_accepted", label: t("reviews.decision.not_accepted") },
                        ]}
                        defaultValue={c.decision ?? ""}
                      />
                      <Textarea name={`declineReason${c.id}`} label={t("manage.reviews.round.whyNot")} rows={2} defaultValue={c.declineReason} />
                      <Textarea
                        name={`publicWording${c.id}`}
                        label={t("manage.reviews.round.public")}
                        hint={t("manage.reviews.round.public.hint")}
                        rows={2}
                        defaultValue={c.publicWording}
                      />
                      <Button name="intent" value={`answer-${c.id}`}>
                        {t("manage.reviews.round.save")}
                      </Button>
                    </Form>
                  </div>
                </details>
                {c.safeguarding ? null : c.suggestion ? (
                  <p className="govuk-body">
                    {t("manage.reviews.round.isSuggestion")}{" "}
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
                        {t("manage.reviews.round.toSuggestion")}
                        <span className="govuk-visually-hidden"> {t("manage.reviews.round.which", { name: c.author, number: p.number })}</span>
                      </Button>
                      <Button warning name="intent" value={`safeguarding-${c.id}`}>
                        {t("manage.reviews.round.flag")}
                        <span className="govuk-visually-hidden"> {t("manage.reviews.round.which", { name: c.author, number: p.number })}</span>
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
