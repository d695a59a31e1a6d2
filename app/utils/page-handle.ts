// What a route says about itself, in its `handle` export, for code outside Remix's routing.

export type PageHandle = {
  /**
   * The page looks the same to every visitor who is not signed in and has not chosen easy read, so
   * the server sends it from memory until public content changes ("shared"); "shared each minute"
   * also changes with the clock alone (an event starts, a survey closes), with no write to mark it.
   */
  publicPage?: "shared" | "shared each minute";
  /**
   * false: the page only shows things and its forms post without help, so it is sent without the
   * application's JavaScript (GOV.UK Frontend's own components still start: the root's Layout).
   */
  hydrate?: false;
};
