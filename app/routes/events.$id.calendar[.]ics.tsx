import type { LoaderFunctionArgs } from "@remix-run/node";
import { eventCalendar } from "~/modules/events/events.server";
import { found, routeId } from "~/utils/query.server";

export function loader({ params }: LoaderFunctionArgs) {
  const id = routeId(params.id);
  const calendar = found(eventCalendar(id));
  return new Response(calendar, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="event-${id}.ics"` },
  });
}
