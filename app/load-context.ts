// What app/server.ts gives every loader and action.
declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce: string;
    clientIp: string;
  }
}
export {};
