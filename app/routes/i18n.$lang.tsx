import type { LoaderFunctionArgs } from "@remix-run/node";
import { catalogue, catalogueVersion } from "~/modules/i18n/catalogue.server";
import { isLanguage } from "~/modules/i18n/languages";

// A language's whole catalogue, for the browser to render pages it reaches without a reload. The
// address carries the catalogue's version, so a browser keeps it until the catalogue changes.
export function loader({ params, request }: LoaderFunctionArgs) {
  if (!isLanguage(params.lang)) throw new Response("No such language", { status: 404 });
  const current = new URL(request.url).searchParams.get("v") === catalogueVersion;
  return new Response(JSON.stringify(catalogue(params.lang)), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": current ? "public, max-age=31536000, immutable" : "no-cache",
    },
  });
}
