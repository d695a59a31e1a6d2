/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

// GOV.UK Frontend ships no types: the one component this app starts in the browser.
declare module "govuk-frontend/dist/govuk/components/service-navigation/service-navigation.mjs" {
  export class ServiceNavigation {
    constructor(root: Element);
  }
}
