import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { EasyReadSwitch } from "~/components/easy-read";
import { KeyMessages } from "~/components/key-messages";
import { BackLink } from "~/components/page";
import { useRootData } from "~/root";
import { publicReportView } from "~/modules/themes/told-us.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { isEasyRead } from "~/utils/easy-read.server";
import type { PageHandle } from "~/utils/page-handle";
import { found, routeId } from "~/utils/query.server";
import { metaText, NotTranslatedNote, useT, Written } from "~/components/i18n";

export const handle: PageHandle = { publicPage: "shared", hydrate: false };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.report.title}: ${metaText("toldUs.title")}` : metaText("toldUs.title") },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { report, themes, untranslated } = found(publicReportView(routeId(params.id), context.lang));
  const easy = await isEasyRead(request);
  return json({
    report: {
      id: report.id,
      title: report.title,
      from: report.periodFrom,
      to: report.periodTo,
      introduction: report.introduction,
      publishedAt: report.publishedAt,
      forumName: report.forumName,
      forumAgreedAt: report.forumAgreedAt,
      untranslated: report.untranslated,
    },
    untranslated,
    // Only what is shown: a page of 200 key messages is sent whole.
    themes: themes.map(({ count: _count, descriptionEasyRead, ...t }) => ({ ...t, descriptionEasyRead: easy ? descriptionEasyRead : "" })),
    easy,
  });
}

export default function ToldUsPage() {
  const { report, themes, easy, untranslated } = useLoaderData<typeof loader>();
  const root = useRootData();
  const { t, lang } = useT();
  return (
    <>
      <div className="app-no-print">
        <BackLink to="/what-you-told-us">{t("toldUs.title")}</BackLink>
      </div>
      <span className="govuk-caption-l">{root?.area.areaName}</span>
      <h1 className="govuk-heading-l">
        <Written english={report.untranslated.includes("title")}>{report.title}</Written>
      </h1>
      <NotTranslatedNote show={untranslated} />
      <p className="govuk-body">{t("toldUs.lead", { from: formatDate(report.from, lang), to: formatDate(report.to, lang) })}</p>
      {report.introduction ? (
        <p className="govuk-body">
          <Written english={report.untranslated.includes("introduction")}>{report.introduction}</Written>
        </p>
      ) : null}
      <div className="app-no-print">
        <EasyReadSwitch easy={easy} />
        <p className="govuk-body">{t("toldUs.print")}</p>
      </div>
      <KeyMessages themes={themes} easy={easy} />
      <p className="govuk-body-s">
        {report.forumAgreedAt
          ? t("toldUs.publishedAgreed", {
              when: report.publishedAt ? formatDateTime(report.publishedAt, lang) : "",
              forum: report.forumName,
              agreed: formatDateTime(report.forumAgreedAt, lang),
            })
          : t("toldUs.published", { when: report.publishedAt ? formatDateTime(report.publishedAt, lang) : "" })}
      </p>
    </>
  );
}
