import type { EventStatus } from "~db/schema/enums";
import { useT } from "./i18n";

const STATUS: Record<EventStatus, { labelKey: string; tag: string }> = {
  draft: { labelKey: "event.status.draft", tag: "govuk-tag--grey" },
  published: { labelKey: "event.status.published", tag: "govuk-tag--green" },
  cancelled: { labelKey: "event.status.cancelled", tag: "govuk-tag--red" },
};

export function EventStatusTag({ status }: { status: EventStatus }) {
  const { t } = useT();
  return <strong className={`govuk-tag ${STATUS[status].tag}`}>{t(STATUS[status].labelKey)}</strong>;
}

/** "3 places left", "Full: join the waiting list" or "Booking closed", in words. */
export function PlacesLeft({ placesLeft, open, status }: { placesLeft: number; open: boolean; status: EventStatus }) {
  const { t } = useT();
  if (status === "cancelled") return <strong className="govuk-tag govuk-tag--red">{t("event.status.cancelled")}</strong>;
  if (!open) return <strong className="govuk-tag govuk-tag--grey">{t("event.bookingClosed")}</strong>;
  if (placesLeft === 0) return <strong className="govuk-tag govuk-tag--yellow">{t("event.full")}</strong>;
  return <strong className="govuk-tag govuk-tag--green">{t("event.placesLeft", { count: placesLeft })}</strong>;
}
