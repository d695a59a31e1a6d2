import { publishedCalendar } from "~/modules/events/events.server";

// A calendar feed of every published event, to subscribe to in a calendar app.
export function loader() {
  return new Response(publishedCalendar(), { headers: { "Content-Type": "text/calendar; charset=utf-8" } });
}
