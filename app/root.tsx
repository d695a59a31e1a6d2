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
  useNavigation,
  useRouteError,
  useRouteLoaderData,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";
import stylesheet from "~/styles/app.css";
import { useNonce } from "~/components/nonce";
import { getSessionState } from "~/modules/auth/session.server";
import { takeMessage } from "~/utils/flash.server";
import { SuccessBanner } from "~/components/page";
import { can } from "~/modules/auth/permissions.server";
import { NO_PERMISSION } from "~/modules/auth/messages";
import { getAreaSettings } from "~/modules/settings/area.server";
import { config } from "~/config.server";
import { menuFor } from "~/modules/activities/registry.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.area.areaName ?? "Coproduce"} Coproduce` },
  { name: "description", content: "Have your say on special educational needs and disability (SEND) services, and see what happened." },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const [{ user, setCookie }, flash] = await Promise.all([getSessionState(request), takeMessage(request)]);
  const area = getAreaSettings();
  const headers = new Headers();
  for (const value of [setCookie, flash.clear]) if (value) headers.append("Set-Cookie", value);
  return json(
    {
      area,
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

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const data = useRootData();
  // The last save's message goes as soon as something else is sent (its result may be a problem).
  const navigation = useNavigation();
  const areaName = data?.area.areaName ?? "";
  return (
    <html lang="en-GB" className="govuk-template">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#1d70b8" />
        <Meta />
        <Links />
      </head>
      <body className="govuk-template__body">
        <a href="#main-content" className="govuk-skip-link">
          Skip to main content
        </a>
        <header className="govuk-generic-header" role="banner">
          <div className="govuk-generic-header__container govuk-width-container">
            <div className="govuk-generic-header__logo">
              <Link to="/" className="govuk-generic-header__homepage-link">
                {areaName ? `${areaName} ` : ""}Coproduce
              </Link>
            </div>
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
                <h2 className="govuk-visually-hidden">Support links</h2>
                <ul className="govuk-footer__inline-list">
                  <li className="govuk-footer__inline-list-item">
                    <Link className="govuk-footer__link" to="/accessibility">
                      Accessibility statement
                    </Link>
                  </li>
                  <li className="govuk-footer__inline-list-item">
                    <Link className="govuk-footer__link" to="/privacy">
                      Privacy notice
                    </Link>
                  </li>
                  {data ? (
                    <li className="govuk-footer__inline-list-item">
                      <a className="govuk-footer__link" href={`mailto:${data.area.contactEmail}`}>
                        Contact us
                      </a>
                    </li>
                  ) : null}
                  {data?.showMailbox ? (
                    <li className="govuk-footer__inline-list-item">
                      <Link className="govuk-footer__link" to="/dev/mailbox">
                        Development mailbox
                      </Link>
                    </li>
                  ) : null}
                </ul>
                <p className="govuk-body-s">Coproduce is run by {areaName || "your local area"} with its parent carer forum.</p>
              </div>
            </div>
          </div>
        </footer>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function Navigation() {
  const data = useRootData();
  const { pathname } = useLocation();
  const items: { to: string; label: string }[] = [
    { to: "/", label: "Home" },
    { to: "/you-said-we-did", label: "You said, we did" },
    ...(data?.activityMenu ?? []),
    { to: "/strategy", label: "Our strategy" },
  ];
  if (data?.manageTo) items.push({ to: data.manageTo, label: "Manage" });
  if (data?.user) items.push({ to: "/account", label: "Your account" });
  // With JavaScript, GOV.UK Frontend folds the links behind a "Menu" button on small screens, so the
  // page's heading is on the first screen of a phone; without it every link is listed.
  const navigation = useRef<HTMLElement>(null);
  useEffect(() => {
    const root = navigation.current;
    if (!root || root.dataset.menuStarted) return;
    root.dataset.menuStarted = "yes";
    document.body.classList.add("govuk-frontend-supported");
    void import("govuk-frontend/dist/govuk/components/service-navigation/service-navigation.mjs").then(
      ({ ServiceNavigation }) => new ServiceNavigation(root),
    );
  }, []);
  // Following a link in the open menu goes to a new page with the menu folded again.
  useEffect(() => {
    const toggle = navigation.current?.querySelector<HTMLButtonElement>(".govuk-js-service-navigation-toggle");
    if (toggle?.getAttribute("aria-expanded") === "true") toggle.click();
  }, [pathname]);
  return (
    <section className="govuk-service-navigation" aria-label="Service information" data-module="govuk-service-navigation" ref={navigation}>
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <button
              type="button"
              className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
              aria-controls="navigation"
              hidden
              aria-hidden="true"
            >
              Menu
            </button>
            <ul className="govuk-service-navigation__list" id="navigation">
              {items.map((item) => {
                const active = item.to === "/" ? pathname === "/" : pathname.startsWith(item.label === "Manage" ? "/manage" : item.to);
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
                      Sign out
                    </button>
                  </Form>
                ) : (
                  <Link className="govuk-service-navigation__link" to="/sign-in">
                    Sign in
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
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to="/">
        Go to the home page
      </Link>
    </p>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <>
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
        <HomeLink />
      </>
    );
  }
  if (isRouteErrorResponse(error) && error.status === 403) {
    return (
      <>
        <h1 className="govuk-heading-l">You cannot see this page</h1>
        {/* A page that refuses for its own reason (not a missing role) says so. */}
        {typeof error.data === "string" && error.data && error.data !== NO_PERMISSION ? (
          <p className="govuk-body">{error.data}</p>
        ) : (
          <>
            <p className="govuk-body">Your account does not have permission to see this page.</p>
            <p className="govuk-body">If you think you should be able to, ask an administrator to check your roles.</p>
          </>
        )}
        <HomeLink />
      </>
    );
  }
  if (isRouteErrorResponse(error) && error.status < 500) {
    return (
      <>
        <h1 className="govuk-heading-l">Sorry, there is a problem</h1>
        <p className="govuk-body">{typeof error.data === "string" ? error.data : "We could not do what you asked."}</p>
        <HomeLink />
      </>
    );
  }
  if (!isRouteErrorResponse(error)) console.error(error);
  return (
    <>
      <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p className="govuk-body">Try again later. Anything you typed may not have been saved.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to the home page
        </Link>
      </p>
    </>
  );
}
