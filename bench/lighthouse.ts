// Lighthouse's mobile profile (a mid-range phone on a slow 4G connection, simulated) on the pages
// people reach first, against a production server. Used by bench/run.ts; alone:
// LIGHTHOUSE_BASE=http://127.0.0.1:3000 tsx bench/lighthouse.ts /path ...
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export const LIGHTHOUSE_TARGETS = { fcp: 1800, lcp: 2000, tbt: 50, accessibility: 100 };

export type LighthouseFigures = { performance: number; accessibility: number; fcp: number; lcp: number; tbt: number };

/** The median of `runs` runs of each page (Lighthouse's figures vary from run to run). */
export async function lighthouseFigures(base: string, paths: string[], runs = 3): Promise<LighthouseFigures[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const figures: LighthouseFigures[] = [];
    for (const path of paths) {
      const each: LighthouseFigures[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${base}${path}`, {
          port: chrome.port,
          logLevel: "error",
          output: "json",
          onlyCategories: ["performance", "accessibility"],
        });
        if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
        const { categories, audits, runtimeError } = result.lhr;
        if (runtimeError) throw new Error(`Lighthouse could not load ${path}: ${runtimeError.message}`);
        each.push({
          performance: Math.round((categories.performance?.score ?? 0) * 100),
          accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
          fcp: audits["first-contentful-paint"]?.numericValue ?? NaN,
          lcp: audits["largest-contentful-paint"]?.numericValue ?? NaN,
          tbt: audits["total-blocking-time"]?.numericValue ?? NaN,
        });
      }
      const median = (pick: (f: LighthouseFigures) => number) => each.map(pick).sort((a, b) => a - b)[Math.floor(each.length / 2)]!;
      figures.push({
        performance: median((f) => f.performance),
        accessibility: median((f) => f.accessibility),
        fcp: median((f) => f.fcp),
        lcp: median((f) => f.lcp),
        tbt: median((f) => f.tbt),
      });
    }
    return figures;
  } finally {
    await chrome.kill();
  }
}

export function meetsLighthouseTargets(f: LighthouseFigures) {
  const t = LIGHTHOUSE_TARGETS;
  return f.fcp <= t.fcp && f.lcp <= t.lcp && f.tbt <= t.tbt && f.accessibility >= t.accessibility;
}

if (process.env.LIGHTHOUSE_BASE) {
  const paths = process.argv.slice(2);
  const figures = await lighthouseFigures(process.env.LIGHTHOUSE_BASE, paths, 1);
  paths.forEach((path, i) => console.log(path, JSON.stringify(figures[i])));
}
