import path from "node:path";
import Database from "better-sqlite3";
import { expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "./helpers";

// The table of who may do what, for every route, with a real address for each in the demo area.
// Used by the permission matrix and the hostile-input tests.

export const ROLES = ["visitor", "member", "ambassador", "organiser", "officer", "admin"] as const;
export type Role = (typeof ROLES)[number];
const ACCOUNTS: Record<Exclude<Role, "visitor">, string> = {
  member: DEMO.member,
  ambassador: DEMO.ambassador,
  organiser: "organiser@northsomerset.example",
  officer: DEMO.officer,
  admin: DEMO.admin,
};

// What a role gets: the page, sent to sign in, refused, not found, sent elsewhere, told a link is not
// valid, or asked for a bearer token (a machine's address).
export type Answer = "page" | "sign in" | "refused" | "not found" | "elsewhere" | "invalid link" | "needs token";
export type Rule = {
  path: (ids: Ids) => string;
  /** Who gets the page. Everyone else signed in is refused; visitors are sent to sign in. */
  who: "everyone" | "signed in" | Role[];
  /** Answers that differ from that, by role. */
  except?: Partial<Record<Role, Answer>>;
  /** Whether the route takes posts, which the same people may not make. */
  post?: boolean;
};

export type Ids = Record<
  "event" | "survey" | "openSurvey" | "question" | "document" | "round" | "suggestion" | "action" | "user" | "group" | "meeting" | "theme" | "report",
  number | string
>;

const STAFF: Role[] = ["officer", "admin"];
const EVENT_STAFF: Role[] = ["organiser", "officer", "admin"];
const SIGNED_IN: Role[] = ["member", "ambassador", "organiser", "officer", "admin"];
const onlyVisitors = Object.fromEntries(SIGNED_IN.map((r) => [r, "elsewhere"])) as Partial<Record<Role, Answer>>;
const BOGUS = "not-a-real-token-0000000000000000";
const forEveryone = (answer: Answer) => Object.fromEntries(ROLES.map((r) => [r, answer])) as Partial<Record<Role, Answer>>;

export const RULES: Record<string, Rule> = {
  $: { path: () => "/no-such-page", who: [], except: forEveryone("not found") },
  _index: { path: () => "/", who: "everyone" },
  accessibility: { path: () => "/accessibility", who: "everyone" },
  "account-deleted": { path: () => "/account-deleted", who: "everyone" },
  "account._index": { path: () => "/account", who: "signed in", post: true },
  "account.contact": { path: () => "/account/contact", who: "signed in", post: true },
  "account.delete": { path: () => "/account/delete", who: "signed in", post: true },
  "account.suggestions.$id": {
    path: (i) => `/account/suggestions/${i.suggestion}`,
    who: [],
    except: { ...forEveryone("not found"), visitor: "sign in" },
  },
  "account.two-factor": { path: () => "/account/two-factor", who: EVENT_STAFF, post: true },
  "account.your-data": { path: () => "/account/your-data", who: "signed in" },
  "account.your-data[.]json": { path: () => "/account/your-data.json", who: "signed in" },
  healthz: { path: () => "/healthz", who: "everyone" },
  readyz: { path: () => "/readyz", who: "everyone" },
  metrics: { path: () => "/metrics", who: [], except: forEveryone("needs token") },
  "i18n.$lang": { path: () => "/i18n/cy", who: "everyone" },
  "admin.audit": { path: () => "/admin/audit", who: ["admin"] },
  "admin.audit[.]csv": { path: () => "/admin/audit.csv", who: ["admin"] },
  "admin.pages.$slug": { path: () => "/admin/pages/privacy", who: ["admin"], post: true },
  "admin.people.$userId": { path: (i) => `/admin/people/${i.user}`, who: ["admin"], post: true },
  "admin.people._index": { path: () => "/admin/people", who: ["admin"] },
  "admin.people.invite": { path: () => "/admin/people/invite", who: ["admin"], post: true },
  "admin.settings": { path: () => "/admin/settings", who: ["admin"], post: true },
  "bookings.$token": { path: () => `/bookings/${BOGUS}`, who: [], except: forEveryone("not found") },
  "charter._index": { path: () => "/charter", who: "everyone" },
  "charter.confirm.$token": { path: () => `/charter/confirm/${BOGUS}`, who: [], except: forEveryone("not found") },
  "charter.evidence": { path: () => "/charter/evidence", who: "everyone" },
  "charter.sign": { path: () => "/charter/sign", who: "everyone" },
  "charter.sign_.check-email": { path: () => "/charter/sign/check-email", who: "everyone" },
  "charter.signature.$token": { path: () => `/charter/signature/${BOGUS}`, who: [], except: forEveryone("not found") },
  "check-email": { path: () => "/check-email", who: "everyone" },
  "dev.mailbox.$id.$index": { path: () => "/dev/mailbox/1/0", who: [], except: forEveryone("not found") },
  "dev.mailbox": { path: () => "/dev/mailbox", who: "everyone" },
  "easy-read": { path: () => "/easy-read", who: [], except: { visitor: "elsewhere", ...onlyVisitors } },
  "events.$id._index": { path: (i) => `/events/${i.event}`, who: "everyone" },
  "events.$id.calendar[.]ics": { path: (i) => `/events/${i.event}/calendar.ics`, who: "everyone" },
  "events.$id.outcomes": { path: (i) => `/events/${i.event}/outcomes`, who: "everyone" },
  "events.$id.register": { path: (i) => `/events/${i.event}/register`, who: "everyone" },
  "events._index": { path: () => "/events", who: "everyone" },
  "groups.$id": { path: (i) => `/groups/${i.group}`, who: "everyone" },
  "groups._index": { path: () => "/groups", who: "everyone" },
  "events.calendar[.]ics": { path: () => "/events/calendar.ics", who: "everyone" },
  "forgot-password": { path: () => "/forgot-password", who: "everyone" },
  "me-too.$token": { path: () => `/me-too/${BOGUS}`, who: [], except: forEveryone("not found") },
  "manage._index": { path: () => "/manage", who: STAFF, post: true },
  "manage.forum": { path: () => "/manage/forum", who: EVENT_STAFF, post: true },
  "manage.letters": { path: () => "/manage/letters", who: STAFF, post: true },
  "manage.paper._index": { path: () => "/manage/paper", who: EVENT_STAFF },
  "manage.paper.tell-us": { path: () => "/manage/paper/tell-us", who: EVENT_STAFF, post: true },
  "manage.paper.surveys.$id": { path: (i) => `/manage/paper/surveys/${i.openSurvey}`, who: EVENT_STAFF, post: true },
  // Nothing waits to be printed in the demo area: staff are sent back to the list.
  "manage.letters[.]pdf": { path: () => "/manage/letters.pdf?ids=999999", who: STAFF, except: { officer: "elsewhere", admin: "elsewhere" } },
  // Delivery receipts from GOV.UK Notify: not a page for anyone (its posts need Notify's bearer token).
  "notify.receipts": { path: () => "/notify/receipts", who: [], except: forEveryone("not found") },
  "manage.charter": { path: () => "/manage/charter", who: STAFF, post: true },
  "manage.data-requests.$userId[.]json": { path: (i) => `/manage/data-requests/${i.user}.json`, who: STAFF },
  "manage.data-requests": { path: () => "/manage/data-requests", who: STAFF, post: true },
  "manage.events.$id._index": { path: (i) => `/manage/events/${i.event}`, who: EVENT_STAFF, post: true },
  "manage.events.$id.bookings[.]csv": { path: (i) => `/manage/events/${i.event}/bookings.csv`, who: EVENT_STAFF },
  "manage.events.$id.check-in": { path: (i) => `/manage/events/${i.event}/check-in`, who: EVENT_STAFF, post: true },
  "manage.events.$id.heard": { path: (i) => `/manage/events/${i.event}/heard`, who: EVENT_STAFF, post: true },
  "manage.events.$id.sign-in-sheet": { path: (i) => `/manage/events/${i.event}/sign-in-sheet`, who: EVENT_STAFF },
  "manage.events._index": { path: () => "/manage/events", who: EVENT_STAFF },
  "manage.groups.$id": { path: (i) => `/manage/groups/${i.group}`, who: EVENT_STAFF, post: true },
  "manage.groups._index": { path: () => "/manage/groups", who: EVENT_STAFF, post: true },
  "manage.groups.meetings.$meetingId": { path: (i) => `/manage/groups/meetings/${i.meeting}`, who: EVENT_STAFF, post: true },
  "manage.events.new": { path: () => "/manage/events/new", who: EVENT_STAFF, post: true },
  "manage.events.report": { path: () => "/manage/events/report", who: EVENT_STAFF },
  "manage.evidence": { path: () => "/manage/evidence", who: EVENT_STAFF },
  "manage.evidence[.]csv": { path: () => "/manage/evidence.csv", who: EVENT_STAFF },
  "manage.reviews.$id._index": { path: (i) => `/manage/reviews/${i.document}`, who: STAFF, post: true },
  "manage.reviews.$id.easy-read": { path: (i) => `/manage/reviews/${i.document}/easy-read`, who: STAFF, post: true },
  "manage.reviews.$id.rounds.new": { path: (i) => `/manage/reviews/${i.document}/rounds/new`, who: STAFF, post: true },
  "manage.reviews._index": { path: () => "/manage/reviews", who: STAFF },
  "manage.reviews.new": { path: () => "/manage/reviews/new", who: STAFF, post: true },
  "manage.reviews.rounds.$roundId": { path: (i) => `/manage/reviews/rounds/${i.round}`, who: STAFF, post: true },
  "manage.safeguarding": { path: () => "/manage/safeguarding", who: STAFF, post: true },
  "manage.sign-off": { path: () => "/manage/sign-off", who: ["organiser"], post: true },
  "manage.strategy._index": { path: () => "/manage/strategy", who: STAFF, post: true },
  "manage.strategy.actions.$id": { path: (i) => `/manage/strategy/actions/${i.action}`, who: STAFF, post: true },
  "manage.strategy[.]csv": { path: () => "/manage/strategy.csv", who: STAFF },
  "manage.suggestions.$id": { path: (i) => `/manage/suggestions/${i.suggestion}`, who: STAFF, post: true },
  "manage.suggestions._index": { path: () => "/manage/suggestions", who: STAFF },
  "manage.suggestions[.]csv": { path: () => "/manage/suggestions.csv", who: STAFF },
  "manage.surveys.$id._index": { path: (i) => `/manage/surveys/${i.survey}`, who: STAFF, post: true },
  "manage.surveys.$id.preview": { path: (i) => `/manage/surveys/${i.survey}/preview`, who: STAFF },
  "manage.surveys.$id.questions.$questionId": { path: (i) => `/manage/surveys/${i.survey}/questions/${i.question}`, who: STAFF, post: true },
  "manage.surveys.$id.responses[.]csv": { path: (i) => `/manage/surveys/${i.survey}/responses.csv`, who: STAFF },
  "manage.surveys.$id.results": { path: (i) => `/manage/surveys/${i.survey}/results`, who: STAFF, post: true },
  "manage.surveys.$id.settings": { path: (i) => `/manage/surveys/${i.survey}/settings`, who: STAFF, post: true },
  "manage.surveys.$id.summary": { path: (i) => `/manage/surveys/${i.survey}/summary`, who: STAFF, post: true },
  "manage.surveys._index": { path: () => "/manage/surveys", who: STAFF, post: true },
  "manage.themes.$id": { path: (i) => `/manage/themes/${i.theme}`, who: STAFF, post: true },
  "manage.themes._index": { path: () => "/manage/themes", who: STAFF, post: true },
  "manage.themes.suggested": { path: () => "/manage/themes/suggested", who: STAFF, post: true },
  "manage.told-us.$id": { path: (i) => `/manage/told-us/${i.report}`, who: ["organiser", "officer", "admin"], post: true },
  "manage.told-us._index": { path: () => "/manage/told-us", who: STAFF, post: true },
  "manage.topics": { path: () => "/manage/topics", who: STAFF, post: true },
  "manage.translations._index": { path: () => "/manage/translations", who: EVENT_STAFF, post: true },
  "manage.translations[.]csv": { path: () => "/manage/translations.csv?into=ur", who: EVENT_STAFF },
  "manage.translations[.]xlf": { path: () => "/manage/translations.xlf?into=cy", who: EVENT_STAFF },
  "password.$token": { path: () => `/password/${BOGUS}`, who: [], except: forEveryone("invalid link") },
  privacy: { path: () => "/privacy", who: "everyone" },
  "reviews.$id._index": { path: (i) => `/reviews/${i.document}`, who: "everyone" },
  "reviews.$id.changes": { path: (i) => `/reviews/${i.document}/changes`, who: "everyone" },
  "reviews._index": { path: () => "/reviews", who: "everyone" },
  // Only invited reviewers; officers are sent to their own page for the round.
  "reviews.rounds.$roundId": {
    path: (i) => `/reviews/rounds/${i.round}`,
    who: ["ambassador"],
    except: { officer: "elsewhere", admin: "elsewhere" },
    post: true,
  },
  "sign-in_.council": { path: () => "/sign-in/council", who: [], except: forEveryone("sign in") },
  "sign-in_.council_.callback": { path: () => "/sign-in/council/callback", who: [], except: forEveryone("invalid link") },
  "sign-in_.code": { path: () => "/sign-in/code", who: [], except: forEveryone("sign in") },
  "sign-in": { path: () => "/sign-in", who: [], except: { visitor: "page", ...onlyVisitors } },
  "sign-in_.link.$token": { path: () => `/sign-in/link/${BOGUS}`, who: [], except: forEveryone("invalid link") },
  "sign-in_.link._index": { path: () => "/sign-in/link", who: "everyone" },
  "sign-out": { path: () => "/sign-out", who: [], except: { visitor: "elsewhere", ...onlyVisitors } },
  "sign-up": { path: () => "/sign-up", who: [], except: { visitor: "page", ...onlyVisitors } },
  "sign-up_.under-13": { path: () => "/sign-up/under-13", who: "everyone" },
  "signed-out": { path: () => "/signed-out", who: "everyone" },
  "stop-updates.$token": { path: () => `/stop-updates/${BOGUS}`, who: [], except: forEveryone("not found") },
  // The short forms of the two links above, as text messages carry them.
  "s.$token": { path: () => `/s/${BOGUS}`, who: [], except: forEveryone("not found") },
  "t.$token": { path: () => `/t/${BOGUS}`, who: [], except: forEveryone("not found") },
  "strategy._index": { path: () => "/strategy", who: "everyone" },
  "strategy.actions.$id": { path: (i) => `/strategy/actions/${i.action}`, who: "everyone" },
  "surveys.$id._index": { path: (i) => `/surveys/${i.openSurvey}`, who: "everyone" },
  "surveys.$id.check": { path: (i) => `/surveys/${i.openSurvey}/check`, who: [], except: forEveryone("elsewhere") },
  "surveys.$id.continue.$token": { path: (i) => `/surveys/${i.openSurvey}/continue/${BOGUS}`, who: [], except: forEveryone("elsewhere") },
  "surveys.$id.done": { path: (i) => `/surveys/${i.openSurvey}/done`, who: "everyone" },
  "surveys.$id.page.$n": { path: (i) => `/surveys/${i.openSurvey}/page/1`, who: [], except: forEveryone("elsewhere") },
  "surveys.$id.results": { path: (i) => `/surveys/${i.survey}/results`, who: "everyone" },
  "surveys.$id.summary": { path: (i) => `/surveys/${i.survey}/summary`, who: "everyone" },
  "surveys._index": { path: () => "/surveys", who: "everyone" },
  "tell-us": { path: () => "/tell-us", who: "everyone" },
  "tell-us_.similar": { path: () => "/tell-us/similar?text=holiday%20clubs%20for%20disabled%20children", who: "everyone" },
  "tell-us_.thanks": { path: () => "/tell-us/thanks", who: "everyone" },
  "track.$token": { path: () => `/track/${BOGUS}`, who: [], except: forEveryone("not found") },
  "verify-email": { path: () => "/verify-email", who: [], except: forEveryone("invalid link") },
  "what-you-told-us.$id": { path: (i) => `/what-you-told-us/${i.report}`, who: "everyone" },
  "what-you-told-us._index": { path: () => "/what-you-told-us", who: "everyone" },
  "you-said-we-did.$id": { path: (i) => `/you-said-we-did/${i.suggestion}`, who: "everyone" },
  "you-said-we-did._index": { path: () => "/you-said-we-did", who: "everyone" },
  "you-said-we-did.outcomes[.]xml": { path: () => "/you-said-we-did/outcomes.xml", who: "everyone" },
  "you-said-we-did.report": { path: () => "/you-said-we-did/report", who: "everyone" },
  "you-said-we-did[.]csv": { path: () => "/you-said-we-did.csv", who: "everyone" },
};

export function expected(rule: Rule, role: Role): Answer {
  if (rule.except?.[role]) return rule.except[role]!;
  if (rule.who === "everyone") return "page";
  if (role === "visitor") return rule.who === "signed in" ? "sign in" : rule.who.includes("visitor") ? "page" : "sign in";
  if (rule.who === "signed in") return "page";
  return rule.who.includes(role) ? "page" : "refused";
}

export function answerOf(status: number, location: string | undefined): Answer {
  if (status === 200) return "page";
  if (status === 403) return "refused";
  if (status === 404) return "not found";
  if (status === 400) return "invalid link";
  if (status === 401) return "needs token";
  if (status >= 300 && status < 400) return location?.startsWith("/sign-in") ? "sign in" : "elsewhere";
  return `HTTP ${status}` as Answer;
}

/** The test server's database, read only: for finding what a journey needs, never for changing it. */
export function demoDatabase() {
  return new Database(path.resolve(process.cwd(), ".cache/e2e/coproduce.db"), { readonly: true, fileMustExist: true });
}

export function demoIds(): Ids {
  const db = demoDatabase();
  const one = (query: string) => (db.prepare(query).get() as { id: number | string }).id;
  const ids: Ids = {
    event: one("select id from events where status = 'published' order by id limit 1"),
    survey: one("select id from surveys where results_published_at is not null and summary_published_at is not null order by id limit 1"),
    // Any survey open now: journeys that ran before may have closed or published others.
    openSurvey: one(
      `select id from surveys where status = 'published' and opens_at <= ${Date.now()} and closes_at > ${Date.now()} order by id limit 1`,
    ),
    question: one(
      "select q.id from survey_questions q join surveys s on s.id = q.survey_id where s.results_published_at is not null order by q.id limit 1",
    ),
    document: one("select id from review_documents where public_since is not null order by id limit 1"),
    round: one(
      `select r.id from review_rounds r join review_invitations i on i.round_id = r.id join users u on u.id = i.user_id where u.email = '${DEMO.ambassador}' order by r.id desc limit 1`,
    ),
    suggestion: one("select id from suggestions where published_at is not null and safeguarding = 0 and status != 'merged' order by id limit 1"),
    action: one("select id from strategy_actions order by id limit 1"),
    user: one(`select id from users where email = '${DEMO.member}'`),
    group: one("select id from groups where status = 'active' order by id limit 1"),
    meeting: one("select id from group_meetings order by id limit 1"),
    theme: one("select id from themes where merged_into_id is null order by id limit 1"),
    report: one("select id from told_us_reports where state = 'published' order by id limit 1"),
  };
  db.close();
  return ids;
}

/** A request context per role, each signed in as that role's demo account. */
export async function roleContexts(baseURL: string): Promise<Record<Role, APIRequestContext>> {
  const contexts = {} as Record<Role, APIRequestContext>;
  for (const role of ROLES) {
    contexts[role] = await playwrightRequest.newContext({ baseURL, maxRedirects: 0 });
    if (role === "visitor") continue;
    const signedIn = await contexts[role].post("/sign-in", {
      form: { email: ACCOUNTS[role], password: DEMO_PASSWORD },
      headers: { Origin: baseURL },
      maxRedirects: 0,
    });
    expect(signedIn.status(), `signing in as ${role}`).toBe(302);
  }
  return contexts;
}
