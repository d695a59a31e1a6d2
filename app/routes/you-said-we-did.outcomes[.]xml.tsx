import { config } from "~/config.server";
import { latestOutcomes } from "~/modules/feedback/board.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import type { PageHandle } from "~/utils/page-handle";

export const handle: PageHandle = { publicPage: "shared" };

// An Atom feed of outcomes, for newsletters and anyone who follows the board in a feed reader.

function xml(value: string) {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

export function loader() {
  const outcomes = latestOutcomes();
  const { areaName } = getAreaSettings();
  const base = config.appUrl;
  const updated = (outcomes[0]?.outcomeAt ?? new Date(0)).toISOString();
  const entries = outcomes
    .map((o) => {
      const url = `${base}/you-said-we-did/${o.id}`;
      const verdict = o.status === "done" ? "We did" : "We cannot";
      return `  <entry>
    <id>${xml(url)}</id>
    <title>${xml(`${o.reference}: ${o.publicWording}`)}</title>
    <link href="${xml(url)}"/>
    <updated>${o.outcomeAt!.toISOString()}</updated>
    <summary>${xml(`You said: ${o.publicWording} ${verdict}: ${o.outcome}`)}</summary>
  </entry>`;
    })
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
