// Any address no other route matches: the root error boundary shows "Page not found".
export function loader() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return null;
}
