import type { LoaderFunctionArgs } from "@remix-run/node";
import { eventCalendar } from "~/modules/events/events.server";
import { routeId } from "~/utils/query.server";

export function loader({ params }: LoaderFunctionArgs) {
  const id = routeId(params.id);
  const calendar = eventCalendar(id);
  if (!calendar) throw new Response("Not found", { status: 404 });
  return new Response(calendar, { headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="event-${id}.ics"` } });
}
