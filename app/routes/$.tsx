// Any address no other route matches: the root error boundary shows "Page not found".
import { notFound } from "~/utils/query.server";

export function loader() {
  throw notFound();
}

export default function NotFound() {
  return null;
}
