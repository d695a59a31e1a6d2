import fs from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type * as Router from "@remix-run/router";

// The server loads the router's CommonJS build, which patches/ changes (docs/decisions/0017): the
// ranked routes and compiled patterns are kept between matches. Vitest would load the unpatched
// ES module build, so the server's copy is required here.
const require = createRequire(import.meta.url);
const { matchRoutes, matchPath } = require("@remix-run/router") as typeof Router;

const tree = () => [
  {
    id: "root",
    path: "",
    children: [
      { id: "home", index: true },
      { id: "board", path: "you-said-we-did" },
      { id: "suggestion", path: "you-said-we-did/:id" },
      { id: "event", path: "events/:id" },
      { id: "register", path: "events/:id/register" },
      { id: "everything-else", path: "*" },
    ],
  },
];
const ids = (matches: ReturnType<typeof matchRoutes>) => matches?.map((m) => m.route.id);

describe("route matching, kept between requests", () => {
  it("is the patched build the server runs", () => {
    expect(fs.readFileSync(require.resolve("@remix-run/router"), "utf8")).toContain("Coproduce patch");
  });

  it("matches each address as the router always has, however often it is asked", () => {
    const routes = tree();
    for (let round = 0; round < 3; round++) {
      expect(ids(matchRoutes(routes, "/"))).toEqual(["root", "home"]);
      expect(ids(matchRoutes(routes, "/you-said-we-did"))).toEqual(["root", "board"]);
      expect(ids(matchRoutes(routes, "/events/7/register"))).toEqual(["root", "register"]);
      expect(ids(matchRoutes(routes, "/nowhere/at/all"))).toEqual(["root", "everything-else"]);
      const suggestion = matchRoutes(routes, `/you-said-we-did/${round}`);
      expect(suggestion?.[1]?.params).toEqual({ id: String(round) });
    }
    expect(matchRoutes(routes, "/events/7")).not.toBe(matchRoutes(routes, "/events/7"));
    expect(matchRoutes([{ id: "only", path: "only" }], "/other")).toBeNull();
  });

  it("sees a route added to the tree after it was first matched", () => {
    const routes = tree();
    expect(ids(matchRoutes(routes, "/charter"))).toEqual(["root", "everything-else"]);
    routes[0]!.children.push({ id: "charter", path: "charter" });
    expect(ids(matchRoutes(routes, "/charter"))).toEqual(["root", "charter"]);
  });

  it("keeps one compiled pattern for each way of matching it", () => {
    expect(matchPath({ path: "/events/:id", end: false }, "/events/7/register")?.params).toEqual({ id: "7" });
    expect(matchPath({ path: "/events/:id", end: true }, "/events/7/register")).toBeNull();
    expect(matchPath({ path: "/Events/:id", caseSensitive: true }, "/events/7")).toBeNull();
    expect(matchPath({ path: "/Events/:id" }, "/events/7")?.params).toEqual({ id: "7" });
  });
});
