/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

// GOV.UK Frontend ships no types: what app/scripts/govuk-frontend.ts starts in the browser.
declare module "govuk-frontend" {
  type Component = new (root: Element) => unknown;
  export const ServiceNavigation: Component;
  export const ErrorSummary: Component;
  export function createAll(component: Component): unknown[];
}
