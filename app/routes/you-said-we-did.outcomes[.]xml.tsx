import { config } from "~/config.server";
import { latestOutcomes } from "~/modules/feedback/board.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { publishedReports, reportView } from "~/modules/themes/told-us.server";
import type { PageHandle } from "~/utils/page-handle";

export const handle: PageHandle = { publicPage: "shared" };

// An Atom feed of outcomes and "What you told us" pages, for newsletters and anyone who follows the
// board in a feed reader.

function xml(value: string) {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

export function loader() {
  const { areaName } = getAreaSettings();
  const base = config.appUrl;
  const items = [
    ...latestOutcomes().map((o) => ({
      url: `${base}/you-said-we-did/${o.id}`,
      title: `${o.reference}: ${o.publicWording}`,
      at: o.outcomeAt!,
      summary: `You said: ${o.publicWording} ${o.status === "done" ? "We did" : "We cannot"}: ${o.outcome}`,
    })),
    ...publishedReports()
      .slice(0, 10)
      .map((r) => ({
        url: `${base}/what-you-told-us/${r.id}`,
        title: `What you told us: ${r.title}`,
        at: r.publishedAt!,
        summary: (reportView(r.id, { forPublic: true })?.themes ?? []).map((t) => `${t.name}: ${t.raisedBy}.`).join(" "),
      })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  const updated = (items[0]?.at ?? new Date(0)).toISOString();
  const entries = items
    .map(
      (item) => `  <entry>
    <id>${xml(item.url)}</id>
    <title>${xml(item.title)}</title>
    <link href="${xml(item.url)}"/>
    <updated>${item.at.toISOString()}</updated>
    <summary>${xml(item.summary)}</summary>
  </entry>`,
    )
    .join("\n");
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xml(`${base}/you-said-we-did`)}</id>
  <title>${xml(`${areaName}: You said, we did`)}</title>
  <link href="${xml(`${base}/you-said-we-did`)}"/>
  <link rel="self" href="${xml(`${base}/you-said-we-did/outcomes.xml`)}"/>
  <updated>${updated}</updated>
  <author><name>${xml(areaName)}</name></author>
${entries}
</feed>
`;
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
