import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demoIds, expected, RULES, ROLES, roleContexts, answerOf } from "./routes";

// Every route file needs a rule in the table of who may do what (./routes.ts), so a new route
// without one fails this test. Every role visits every route; the answer must match the rule, and
// every staff or personal page says that no browser or proxy may keep it.

test("every route answers every role as the table of who may do what says", async ({ baseURL }) => {
  test.setTimeout(240_000);
  const routes = fs
    .readdirSync(path.resolve(process.cwd(), "app/routes"))
    .filter((f) => f.endsWith(".tsx"))
    .map((f) => f.replace(/\.tsx$/, ""));
  expect(
    routes.filter((r) => !(r in RULES)),
    "routes with no rule in the permission table",
  ).toEqual([]);
  expect(
    Object.keys(RULES).filter((r) => !routes.includes(r)),
    "rules for routes that no longer exist",
  ).toEqual([]);

  const ids = demoIds();
  const contexts = await roleContexts(baseURL!);

  const wrong: string[] = [];
  for (const [route, rule] of Object.entries(RULES)) {
    const url = rule.path(ids);
    await Promise.all(
      ROLES.map(async (role) => {
        const response = await contexts[role].get(url, { maxRedirects: 0 });
        const got = answerOf(response.status(), response.headers()["location"]);
        const want = expected(rule, role);
        if (got !== want) wrong.push(`GET ${url} (${route}) as ${role}: ${got}, expected ${want}`);
        // A staff or personal page, or any page made for a signed-in person, is kept by no browser or proxy.
        const html = (response.headers()["content-type"] ?? "").startsWith("text/html");
        if (got === "page" && (rule.who !== "everyone" || (role !== "visitor" && html))) {
          const cacheControl = response.headers()["cache-control"] ?? "";
          if (!/\bprivate\b/.test(cacheControl) || !/\bno-store\b/.test(cacheControl)) {
            wrong.push(`GET ${url} (${route}) as ${role}: Cache-Control "${cacheControl}", expected "private, no-store"`);
          }
        }
        // Posting is refused to everyone who may not see the page: nothing is changed on their say.
        if (rule.post && (want === "sign in" || want === "refused")) {
          const posted = await contexts[role].post(url, { form: { intent: "x" }, headers: { Origin: baseURL! }, maxRedirects: 0 });
          const postGot = answerOf(posted.status(), posted.headers()["location"]);
          if (postGot !== want) wrong.push(`POST ${url} (${route}) as ${role}: ${postGot}, expected ${want}`);
        }
      }),
    );
  }
  for (const context of Object.values(contexts)) await context.dispose();
  expect(wrong).toEqual([]);
});
