import { expect, test, type APIRequestContext } from "@playwright/test";
import { demoIds, expected, ROLES, roleContexts, RULES, type Role } from "../routes";

// Hostile strings sent to every query string and every form, as the person who may use it.
// No answer may be a server error; no string may come back unescaped in a page, feed, email or
// CSV; CSV cells that would start a spreadsheet formula are neutralised; other languages survive.
// This writes odd data everywhere, so it runs last, alone (see playwright.config.ts).

const CORPUS = [
  `<script>alert("xss")</script>`,
  `"><img src=x onerror=alert(1)>`,
  "javascript:alert(document.cookie)",
  "'; DROP TABLE suggestions; --",
  "1' OR '1'='1",
  "../../../../etc/passwd",
  "A".repeat(100_000),
  "before\u0000after",
  "invoice\u202Egnp.exe",
  "👩🏽‍🦯 Zoë's café, naïve résumé",
  "Z\u0335\u0322a\u0335l\u0336g\u0338o e\u0301\u0301",
  `=HYPERLINK("http://evil.example","click")`,
  "+1 555 0100",
  "@SUM(1+1)",
];
// What a payload looks like if it came back as live markup.
const LIVE = [/<script>alert\("xss"\)<\/script>/i, /<img src=x onerror=alert\(1\)>/i];
const QUERY_NAMES = [
  "q",
  "page",
  "topic",
  "status",
  "action",
  "assignee",
  "age",
  "from",
  "to",
  "size",
  "done",
  "easyRead",
  "overdue",
  "redirectTo",
  "back",
  "kind",
  "reason",
];

// Forms left out, with the reason: they end sessions or remove people, which this test must not do to the demo accounts.
const SKIP_FORMS = new Set(["account._index", "account.delete", "admin.people.$userId", "manage.data-requests", "sign-out"]);

type Found = { action: string; fields: [string, string][]; text: string[]; buttons: [string, string][] };

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
const attr = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decode(match[1]!) : undefined;
};

/** The post forms on a page: their hidden and choice fields as they are, and the names of fields a person types in. */
function postForms(html: string, pageUrl: string): Found[] {
  const forms: Found[] = [];
  for (const [, open, inner] of html.matchAll(/(<form\b[^>]*>)([\s\S]*?)<\/form>/g)) {
    if ((attr(open!, "method") ?? "get").toLowerCase() !== "post") continue;
    const found: Found = { action: attr(open!, "action") ?? pageUrl, fields: [], text: [], buttons: [] };
    const seenChoice = new Set<string>();
    for (const [tag] of inner!.matchAll(/<input\b[^>]*>/g)) {
      const name = attr(tag, "name");
      if (!name) continue;
      const type = (attr(tag, "type") ?? "text").toLowerCase();
      if (type === "hidden") found.fields.push([name, attr(tag, "value") ?? ""]);
      else if (type === "radio" || type === "checkbox") {
        if (!seenChoice.has(name)) found.fields.push([name, attr(tag, "value") ?? "on"]);
        seenChoice.add(name);
      } else if (type !== "submit" && type !== "file") found.text.push(name);
    }
    for (const [tag] of inner!.matchAll(/<textarea\b[^>]*>/g)) {
      const name = attr(tag, "name");
      if (name) found.text.push(name);
    }
    for (const [, tag, options] of inner!.matchAll(/(<select\b[^>]*>)([\s\S]*?)<\/select>/g)) {
      const name = attr(tag!, "name");
      const first = [...options!.matchAll(/<option\b[^>]*value="([^"]+)"/g)][0];
      if (name) found.fields.push([name, first ? decode(first[1]!) : ""]);
    }
    for (const [tag] of inner!.matchAll(/<button\b[^>]*>/g)) {
      const name = attr(tag, "name");
      if (name) found.buttons.push([name, attr(tag, "value") ?? ""]);
    }
    if (!found.buttons.length) found.buttons.push(["", ""]);
    forms.push(found);
  }
  return forms;
}

function firstRoleWithPage(route: string): Role | undefined {
  return ROLES.find((role) => expected(RULES[route]!, role) === "page");
}

function checkBody(body: string, where: string, problems: string[]) {
  for (const live of LIVE) if (live.test(body)) problems.push(`${where} returned ${live.source} unescaped`);
}

test("hostile strings in every query string and form: no server error, nothing unescaped, CSV formula-safe, other languages kept", async ({
  baseURL,
}) => {
  test.setTimeout(900_000);
  const ids = demoIds();
  const contexts = await roleContexts(baseURL!);
  const problems: string[] = [];
  const sent = { GET: 0, POST: 0 };
  const formsTried = new Set<string>();
  const send = async (context: APIRequestContext, method: "GET" | "POST", url: string, form?: Record<string, string>) => {
    const response =
      method === "GET"
        ? await context.get(url, { maxRedirects: 0 })
        : await context.post(url, { form, headers: { Origin: baseURL! }, maxRedirects: 0 });
    sent[method]++;
    if (response.status() >= 500) problems.push(`${method} ${url.slice(0, 120)} answered ${response.status()}`);
    const type = response.headers()["content-type"] ?? "";
    if (type.includes("html") || type.includes("json") || type.includes("xml"))
      checkBody(await response.text(), `${method} ${url.slice(0, 80)}`, problems);
    return response;
  };

  // 1. Query strings and path segments, as a visitor and as an officer.
  for (const [route, rule] of Object.entries(RULES)) {
    const path = rule.path(ids);
    for (const value of CORPUS) {
      // A very long value goes in one parameter, short of the 16 KB a request's head may hold.
      const query = new URLSearchParams(value.length > 1000 ? [["q", value.slice(0, 6000)]] : QUERY_NAMES.map((name) => [name, value])).toString();
      await send(contexts.visitor, "GET", `${path}?${query}`);
      await send(contexts.officer, "GET", `${path}?${query}`);
      if (/\/\d+(\/|$)/.test(path)) await send(contexts.officer, "GET", path.replace(/\/\d+(?=\/|$)/, `/${encodeURIComponent(value.slice(0, 200))}`));
    }
    void route;
  }

  // 2. Every form, as someone allowed to use it, with each string in every field a person types in.
  for (const route of Object.keys(RULES)) {
    if (SKIP_FORMS.has(route)) continue;
    const role = firstRoleWithPage(route);
    if (!role) continue;
    const pageUrl = RULES[route]!.path(ids);
    const page = await contexts[role].get(pageUrl);
    if (page.status() !== 200 || !(page.headers()["content-type"] ?? "").includes("html")) continue;
    for (const form of postForms(await page.text(), pageUrl)) {
      // The header's sign-out button is on every page: posting it would end this role's session.
      if (form.action.startsWith("/sign-out")) continue;
      formsTried.add(`${route}: ${form.action} ${form.text.join(",")}`);
      for (const [button, buttonValue] of form.buttons) {
        for (const value of CORPUS) {
          const fields = Object.fromEntries(form.fields);
          // Email fields get a real address, so the hostile name and words are stored and emailed, then checked below.
          for (const name of form.text) fields[name] = /email/i.test(name) ? `hostile${sent.POST}@example.org` : value;
          // The honeypot stays empty, as a person leaves it, or nothing would be stored at all.
          if ("website" in fields) fields.website = "";
          if (button) fields[button] = buttonValue;
          await send(contexts[role], "POST", form.action, fields);
        }
      }
    }
  }

  // 3. Whatever was stored comes back escaped everywhere it is shown: pages, feeds, emails, CSVs.
  for (const rule of Object.values(RULES)) {
    const path = rule.path(ids);
    await send(contexts.visitor, "GET", path);
    await send(contexts.officer, "GET", path);
  }
  const mailbox = await (await contexts.visitor.get("/dev/mailbox")).text();
  for (const [link] of [...mailbox.matchAll(/\/dev\/mailbox\/\d+\/\d+/g)].slice(0, 40)) await send(contexts.visitor, "GET", link);
  for (const csvPath of [
    "/you-said-we-did.csv",
    "/manage/suggestions.csv",
    "/manage/strategy.csv",
    "/manage/evidence.csv",
    "/admin/audit.csv",
    `/manage/events/${ids.event}/bookings.csv`,
  ]) {
    const context = csvPath.startsWith("/admin") ? contexts.admin : csvPath.startsWith("/manage") ? contexts.officer : contexts.visitor;
    const csv = await (await context.get(csvPath)).text();
    // A cell may start with = + - @ only after the quote that makes it text.
    const live = csv
      .split(/\r?\n/)
      .flatMap((line) => line.split(","))
      .filter((cell) => /^"?[=+@]/.test(cell) || /^"?-[^\d]/.test(cell));
    if (live.length) problems.push(`${csvPath} has cells a spreadsheet would run: ${live.slice(0, 3).join(" | ")}`);
  }
  expect(problems).toEqual([]);
  // Enough was tried for the answer to mean something.
  expect(formsTried.size).toBeGreaterThan(50);
  expect(sent.POST).toBeGreaterThan(1000);
  expect(sent.GET).toBeGreaterThan(2500);
  console.log(`Hostile input: ${sent.GET} GET and ${sent.POST} POST requests, ${formsTried.size} forms, ${CORPUS.length} strings`);

  // 4. Other languages, emoji and accents arrive intact.
  const words = "Mae fy mab yn hoffi’r clwb ieuenctid. ابني يحب النادي. 我的孩子喜欢青年俱乐部。 Zoë 👩🏽‍🦯";
  const made = await contexts.visitor.post("/tell-us", {
    form: { body: words, topic: "", kind: "parent_carer", name: "Siân Ní Bhriain", email: "", consent: "yes" },
    headers: { Origin: baseURL! },
    maxRedirects: 0,
  });
  expect(made.status()).toBe(302);
  const receipt = await (await contexts.visitor.get(made.headers()["location"]!)).text();
  expect(receipt).toContain("Mae fy mab yn hoffi’r clwb ieuenctid. ابني يحب النادي. 我的孩子喜欢青年俱乐部。 Zoë 👩🏽‍🦯");
  const id = Number(/YS-(\d+)/.exec(receipt)![1]);
  const triage = await (await contexts.officer.get(`/manage/suggestions/${id}`)).text();
  expect(triage).toContain("Mae fy mab yn hoffi’r clwb ieuenctid. ابني يحب النادي. 我的孩子喜欢青年俱乐部。 Zoë 👩🏽‍🦯");
  expect(triage).toContain("Siân Ní Bhriain");
  for (const context of Object.values(contexts)) await context.dispose();
});
