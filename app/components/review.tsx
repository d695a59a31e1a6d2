import type { CommentDecision } from "~db/schema/enums";
import { DECISION_LABELS } from "~/modules/reviews/questions";
import { useT } from "./i18n";

export function DecisionTag({ decision }: { decision: CommentDecision | null }) {
  const { t } = useT();
  if (!decision) return <strong className="govuk-tag govuk-tag--grey">{t("reviews.notAnswered")}</strong>;
  return (
    <strong className={`govuk-tag ${decision === "accepted" ? "govuk-tag--green" : "govuk-tag--orange"}`}>{t(DECISION_LABELS[decision])}</strong>
  );
}

/** How a comment was answered, in the words the reviewer (and, with public wording, anyone) reads. */
export function CommentAnswer({ reply, decision, declineReason }: { reply: string; decision: CommentDecision | null; declineReason: string }) {
  const { t } = useT();
  if (!decision) return null;
  return (
    <>
      <p className="govuk-body">
        <DecisionTag decision={decision} />
      </p>
      <p className="govuk-body app-comment">{reply}</p>
      {decision === "not_accepted" && declineReason ? (
        <p className="govuk-body">
          <strong>{t("reviews.whyNot")}</strong> {declineReason}
        </p>
      ) : null}
    </>
  );
}
