import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useMatches,
  useNavigation,
  useRouteError,
  useRouteLoaderData,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";
import stylesheet from "~/styles/app.css";
import stylesheetRtl from "~/styles/app-rtl.css";
import { useNonce, useRequestId } from "~/components/nonce";
import { getSessionState, rememberLanguage } from "~/modules/auth/session.server";
import { languageAsked, languagesOffered } from "~/modules/i18n/negotiate.server";
import { isDatabaseReadOnly } from "~/db.server";
import { takeMessage } from "~/utils/flash.server";
import { SuccessBanner } from "~/components/page";
import { can } from "~/modules/auth/permissions.server";
import { NO_PERMISSION } from "~/modules/auth/messages";
import { getAreaSettings } from "~/modules/settings/area.server";
import { config } from "~/config.server";
import { menuFor } from "~/modules/activities/registry.server";
import { languageName, metaText, PageMessagesScript, useLanguage, useT } from "~/components/i18n";
import { interfaceLanguage, LANGUAGES, type LanguageCode } from "~/modules/i18n/languages";
import type { PageHandle } from "~/utils/page-handle";

export const links: LinksFunction = () => [{ rel: "icon", href: "/favicon.svg", type: "image/svg+xml" }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.area.areaName ?? "Coproduce"} Coproduce` },
  { name: "description", content: metaText("layout.description") },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [{ user, setCookie }, flash] = await Promise.all([getSessionState(request), takeMessage(request)]);
  // A member who picks a language keeps it in their account too.
  if (user && languageAsked(request.url) && !isDatabaseReadOnly()) rememberLanguage(user, context.lang);
  const area = getAreaSettings();
  const headers = new Headers();
  for (const value of [setCookie, flash.clear]) if (value) headers.append("Set-Cookie", value);
  return json(
    {
      area,
      // What the visitor reads in, and what they can choose: the interface's languages and the area's content languages.
      lang: context.lang,
      languages: languagesOffered(area.contentLanguages),
      // Absolute addresses of this page in each language, for search engines (hreflang).
      appUrl: config.appUrl,
      user: user ? { name: user.name, roles: user.roles } : null,
      // Each kind of activity's menu links, as the registry declares them.
      activityMenu: menuFor(user?.roles ?? []),
      manageTo: can(user, "dashboard:view")
        ? "/manage"
        : can(user, "event:manage")
          ? "/manage/events"
          : can(user, "people:manage")
            ? "/admin/people"
            : null,
      showMailbox: config.developmentTools,
      // What the last save did, said once on the page it led to.
      message: flash.message,
    },
    { headers },
  );
}

// The root's data holds the one-time message after a save, so it is loaded afresh on every
// navigation (it is cheap): otherwise the message would follow the person from page to page.
export const shouldRevalidate: ShouldRevalidateFunction = () => true;

export type RootData = ReturnType<typeof useRootData>;
export function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}

const FRONTEND_SUPPORTED = `document.body.className += ("noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : "");`;

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const data = useRootData();
  // The last save's message goes as soon as something else is sent (its result may be a problem).
  const navigation = useNavigation();
  const areaName = data?.area.areaName ?? "";
  const { t } = useT();
  const language = useLanguage();
  // The language changed under a page already in the browser (signing in brings the account's
  // language): load the page afresh, so every part of it, and its messages, are in the new one.
  const answeredIn = data ? interfaceLanguage(data.lang) : undefined;
  useEffect(() => {
    if (answeredIn && answeredIn !== language.lang) window.location.reload();
  }, [answeredIn, language.lang]);
  // A page that only shows things is sent without the application's JavaScript; once in the
  // browser (a page that had it), every page keeps it.
  // A server error's page is not hydrated either: it shows the request's id, which only the server knows.
  const matches = useMatches();
  const routeError = useRouteError();
  const hydrate =
    typeof document !== "undefined" ||
    (!matches.some((match) => (match.handle as PageHandle | undefined)?.hydrate === false) && (!routeError || isRouteErrorResponse(routeError)));
  return (
    <html lang={language.htmlLang} dir={language.dir} className="govuk-template">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#1d70b8" />
        <Meta />
        {/* Right-to-left languages get the same styles mirrored. */}
        <link rel="stylesheet" href={language.dir === "rtl" ? stylesheetRtl : stylesheet} />
        <Links />
        {data ? <LanguageAlternates appUrl={data.appUrl} languages={data.languages} /> : null}
      </head>
      <body className="govuk-template__body">
        {/* As GOV.UK's template does: styles for GOV.UK Frontend's script apply from the first paint. */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: FRONTEND_SUPPORTED }} />
        <a href="#main-content" className="govuk-skip-link">
          {t("layout.skipLink")}
        </a>
        <header className="govuk-generic-header" role="banner">
          <div className="govuk-generic-header__container govuk-width-container app-header">
            <div className="govuk-generic-header__logo">
              <Link to="/" className="govuk-generic-header__homepage-link">
                {areaName ? `${areaName} ` : ""}Coproduce
              </Link>
            </div>
            {data ? <LanguageSwitcher languages={data.languages} current={data.lang} /> : null}
          </div>
        </header>
        <Navigation />
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
            <SuccessBanner message={navigation.formMethod ? null : data?.message} />
            {children}
          </main>
        </div>
        <footer className="govuk-footer" role="contentinfo">
          <div className="govuk-width-container">
            <div className="govuk-footer__meta">
              <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
                <h2 className="govuk-visually-hidden">{t("layout.supportLinks")}</h2>
                <ul className="govuk-footer__inline-list">
                  <li className="govuk-footer__inline-list-item">
                    <Link className="govuk-footer__link" to="/accessibility">
                      {t("layout.accessibility")}
                    </Link>
                  </li>
                  <li className="govuk-footer__inline-list-item">
                    <Link className="govuk-footer__link" to="/privacy">
                      {t("layout.privacy")}
                    </Link>
                  </li>
                  {data ? (
                    <li className="govuk-footer__inline-list-item">
                      <a className="govuk-footer__link" href={`mailto:${data.area.contactEmail}`}>
                        {t("layout.contact")}
                      </a>
                    </li>
                  ) : null}
                  {data?.showMailbox ? (
                    <li className="govuk-footer__inline-list-item">
                      <Link className="govuk-footer__link" to="/dev/mailbox">
                        {t("layout.mailbox")}
                      </Link>
                    </li>
                  ) : null}
                </ul>
                <p className="govuk-body-s">{areaName ? t("layout.runBy", { areaName }) : t("layout.runByYourArea")}</p>
              </div>
            </div>
          </div>
        </footer>
        <script type="module" src="/govuk-frontend.js" nonce={nonce} />
        {hydrate ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <PageMessagesScript />
            <Scripts nonce={nonce} />
          </>
        ) : null}
      </body>
    </html>
  );
}

/** This page in each other language, for search engines. */
function LanguageAlternates({ appUrl, languages }: { appUrl: string; languages: LanguageCode[] }) {
  const { pathname, search } = useLocation();
  const address = (lang: string) => {
    const query = new URLSearchParams(search);
    query.set("lang", lang);
    return `${appUrl}${pathname}?${query}`;
  };
  return (
    <>
      {languages.map((lang) => (
        <link key={lang} rel="alternate" hrefLang={LANGUAGES[lang].htmlLang} href={address(lang)} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={`${appUrl}${pathname}`} />
    </>
  );
}

/**
 * Links to this page in each other language, written in that language; following one remembers the
 * choice (app/server.ts sets the cookie). Plain links, so it works without JavaScript.
 */
function LanguageSwitcher({ languages, current }: { languages: LanguageCode[]; current: LanguageCode }) {
  const { t, lang: page } = useT();
  const { pathname, search } = useLocation();
  const to = (lang: string) => {
    const query = new URLSearchParams(search);
    query.set("lang", lang);
    return `${pathname}?${query}`;
  };
  return (
    <nav className="app-language-switcher" aria-label={t("layout.languages")}>
      <ul className="app-language-switcher__list">
        {languages.map((lang) => (
          <li key={lang} className="app-language-switcher__item">
            {lang === current ? (
              <span aria-current="true" lang={LANGUAGES[lang].htmlLang}>
                {LANGUAGES[lang].name}
              </span>
            ) : (
              // A whole new page: every part of it, and the browser's catalogue, change language.
              <Link
                className="app-language-switcher__link"
                to={to(lang)}
                reloadDocument
                lang={LANGUAGES[lang].htmlLang}
                hrefLang={LANGUAGES[lang].htmlLang}
              >
                {LANGUAGES[lang].name}
              </Link>
            )}
          </li>
        ))}
      </ul>
      {/* A language the pages are not written in: say what it changes. */}
      {current !== page ? <p className="app-language-switcher__note">{t("layout.contentOnly", { language: languageName(t, current) })}</p> : null}
    </nav>
  );
}

function Navigation() {
  const data = useRootData();
  const { t } = useT();
  const { pathname } = useLocation();
  const items: { to: string; label: string }[] = [
    { to: "/", label: t("nav.home") },
    { to: "/you-said-we-did", label: t("nav.youSaidWeDid") },
    ...(data?.activityMenu ?? []),
    { to: "/strategy", label: t("nav.strategy") },
  ];
  if (data?.manageTo) items.push({ to: data.manageTo, label: t("nav.manage") });
  if (data?.user) items.push({ to: "/account", label: t("nav.account") });
  // GOV.UK Frontend's script (/govuk-frontend.js) folds the links behind a "Menu" button on small
  // screens, so the page's heading is on the first screen of a phone; without it every link is listed.
  // Following a link in the open menu goes to a new page with the menu folded again.
  const navigation = useRef<HTMLElement>(null);
  useEffect(() => {
    const toggle = navigation.current?.querySelector<HTMLButtonElement>(".govuk-js-service-navigation-toggle");
    if (toggle?.getAttribute("aria-expanded") === "true") toggle.click();
  }, [pathname]);
  return (
    <section className="govuk-service-navigation" aria-label={t("nav.label")} data-module="govuk-service-navigation" ref={navigation}>
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label={t("nav.menu")} className="govuk-service-navigation__wrapper">
            <button
              type="button"
              className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
              aria-controls="navigation"
              hidden
              aria-hidden="true"
            >
              {t("nav.menu")}
            </button>
            <ul className="govuk-service-navigation__list" id="navigation">
              {items.map((item) => {
                const active = item.to === "/" ? pathname === "/" : pathname.startsWith(item.to === data?.manageTo ? "/manage" : item.to);
                return (
                  <li key={item.to} className={`govuk-service-navigation__item ${active ? "govuk-service-navigation__item--active" : ""}`}>
                    <Link className="govuk-service-navigation__link" to={item.to} aria-current={active ? "page" : undefined}>
                      {active ? <strong className="govuk-service-navigation__active-fallback">{item.label}</strong> : item.label}
                    </Link>
                  </li>
                );
              })}
              <li className="govuk-service-navigation__item">
                {data?.user ? (
                  <Form method="post" action="/sign-out" className="app-inline-form">
                    <button type="submit" className="govuk-service-navigation__link app-link-button">
                      {t("nav.signOut")}
                    </button>
                  </Form>
                ) : (
                  <Link className="govuk-service-navigation__link" to="/sign-in">
                    {t("nav.signIn")}
                  </Link>
                )}
              </li>
            </ul>
          </nav>
        </div>
      </div>
    </section>
  );
}

export default function App() {
  return <Outlet />;
}

function HomeLink() {
  const { t } = useT();
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to="/">
        {t("error.homeLink")}
      </Link>
    </p>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useT();
  const reference = useRequestId();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <>
        <h1 className="govuk-heading-l">{t("error.notFound.heading")}</h1>
        <p className="govuk-body">{t("error.notFound.typed")}</p>
        <p className="govuk-body">{t("error.notFound.pasted")}</p>
        <HomeLink />
      </>
    );
  }
  if (isRouteErrorResponse(error) && error.status === 403) {
    return (
      <>
        <h1 className="govuk-heading-l">{t("error.forbidden.heading")}</h1>
        {/* A page that refuses for its own reason (not a missing role) says so. */}
        {typeof error.data === "string" && error.data && error.data !== NO_PERMISSION ? (
          <p className="govuk-body">{error.data}</p>
        ) : (
          <>
            <p className="govuk-body">{t("error.forbidden.noPermission")}</p>
            <p className="govuk-body">{t("error.forbidden.askAdmin")}</p>
          </>
        )}
        <HomeLink />
      </>
    );
  }
  if (isRouteErrorResponse(error) && error.status < 500) {
    return (
      <>
        <h1 className="govuk-heading-l">{t("error.problem.heading")}</h1>
        <p className="govuk-body">{typeof error.data === "string" ? error.data : t("error.problem.couldNot")}</p>
        <HomeLink />
      </>
    );
  }
  // Remix's handleError (entry.server.tsx) has logged it, with this reference.
  return (
    <>
      <h1 className="govuk-heading-l">{t("error.service.heading")}</h1>
      <p className="govuk-body">{t("error.service.tryLater")}</p>
      {reference ? <p className="govuk-body">{t("error.service.reference", { reference })}</p> : null}
      <HomeLink />
    </>
  );
}
