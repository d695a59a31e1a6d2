import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/modules/auth/permissions.server";
import { isLanguageCode } from "~/modules/i18n/languages";
import { translationCsv } from "~/modules/i18n/translation-files.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { notFound } from "~/utils/query.server";

// The texts a language still needs, for the council's translation service.
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "translation:manage");
  const into = new URL(request.url).searchParams.get("into");
  if (!isLanguageCode(into) || !getAreaSettings().contentLanguages.includes(into)) throw notFound();
  return new Response(`\uFEFF${translationCsv(into)}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="translations-${into}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
