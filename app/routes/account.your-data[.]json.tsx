import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/modules/auth/session.server";
import { personData } from "~/modules/privacy/your-data.server";
import { found } from "~/utils/query.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return new Response(JSON.stringify(found(personData(user.id)), null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="your-data.json"',
      "Cache-Control": "private, no-store",
    },
  });
}
