import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/modules/auth/permissions.server";
import { isLanguageCode } from "~/modules/i18n/languages";
import { translationXliff } from "~/modules/i18n/translation-files.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { notFound } from "~/utils/query.server";

// The texts a language still needs as XLIFF, for a translation service that works in a translation tool.
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "translation:manage");
  const into = new URL(request.url).searchParams.get("into");
  if (!isLanguageCode(into) || !getAreaSettings().contentLanguages.includes(into)) throw notFound();
  return new Response(translationXliff(into), {
    headers: {
      "Content-Type": "application/xliff+xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="translations-${into}.xlf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
