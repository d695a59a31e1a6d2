import type { LoaderFunctionArgs } from "@remix-run/node";
import { eventCalendar } from "~/modules/events/events.server";

export function loader({ params }: LoaderFunctionArgs) {
  const id = Number(params.id);
  const calendar = Number.isInteger(id) && id > 0 ? eventCalendar(id) : undefined;
  if (!calendar) throw new Response("Not found", { status: 404 });
  return new Response(calendar, { headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="event-${id}.ics"` } });
}
