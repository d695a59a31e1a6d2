// The bench's reference: the smallest Remix v2 page, built and served as the app is (express, ESM),
// so the app's own work per request can be told from the framework's. Built into build/ and
// public/build/ here (ignored by git), where the project's node_modules are found.
/** @type {import('@remix-run/dev').AppConfig} */
export default {
  serverModuleFormat: "esm",
  serverPlatform: "node",
  future: { v3_fetcherPersist: true, v3_relativeSplatPath: true, v3_throwAbortReason: true },
};
