import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/modules/auth/permissions.server";
import { recordAudit } from "~/modules/privacy/audit.server";
import { eventRegistrations } from "~/modules/events/events.server";
import { ACCESS_NEED_LABELS, ATTENDEE_ROLE_LABELS } from "~/modules/events/labels";
import { toCsv } from "~/utils/csv.server";
import { routeId } from "~/utils/query.server";
import { translate } from "~/modules/i18n/catalogue.server";

// Everyone booked and waiting, with contact details and needs: organisers and officers only.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "event:manage");
  const id = routeId(params.id);
  const { registrations } = eventRegistrations(id);
  const csv = toCsv(
    ["name", "email", "phone", "who", "places", "status", "access_needs", "other_needs", "dietary_needs"],
    registrations.map((r) => [
      r.name,
      r.email,
      r.phone,
      translate(ATTENDEE_ROLE_LABELS[r.role]),
      r.places,
      r.status,
      r.accessNeeds.map((n) => translate(ACCESS_NEED_LABELS[n])).join("; "),
      r.accessNotes,
      r.dietaryNeeds,
    ]),
  );
  recordAudit("export", `event-bookings:${id}`);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="event-${id}-bookings.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
