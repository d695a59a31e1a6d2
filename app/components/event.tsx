import type { EventStatus } from "~db/schema/enums";

const STATUS: Record<EventStatus, { label: string; tag: string }> = {
  draft: { label: "Draft", tag: "govuk-tag--grey" },
  published: { label: "Published", tag: "govuk-tag--green" },
  cancelled: { label: "Cancelled", tag: "govuk-tag--red" },
};

export function EventStatusTag({ status }: { status: EventStatus }) {
  return <strong className={`govuk-tag ${STATUS[status].tag}`}>{STATUS[status].label}</strong>;
}

/** "3 places left", "Full: join the waiting list" or "Booking closed", in words. */
export function PlacesLeft({ placesLeft, open, status }: { placesLeft: number; open: boolean; status: EventStatus }) {
  if (status === "cancelled") return <strong className="govuk-tag govuk-tag--red">Cancelled</strong>;
  if (!open) return <strong className="govuk-tag govuk-tag--grey">Booking closed</strong>;
  if (placesLeft === 0) return <strong className="govuk-tag govuk-tag--yellow">Full: join the waiting list</strong>;
  return <strong className="govuk-tag govuk-tag--green">{placesLeft === 1 ? "1 place left" : `${placesLeft} places left`}</strong>;
}
