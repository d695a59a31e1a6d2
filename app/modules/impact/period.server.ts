import { dateParam } from "~/utils/query.server";
import { addDays, londonDate } from "~/utils/working-days";

/** The report period from ?from=&to= (London dates), defaulting to the last twelve months; reversed dates are swapped. */
export function evidencePeriod(params: URLSearchParams, now = new Date()): { from: string; to: string } {
  const today = londonDate(now);
  let from = dateParam(params, "from") ?? addDays(today, -365);
  let to = dateParam(params, "to") ?? today;
  if (from > to) [from, to] = [to, from];
  return { from, to };
}
