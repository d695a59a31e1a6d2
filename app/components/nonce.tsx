import { createContext, useContext } from "react";

// The per-request CSP nonce, so inline scripts Remix writes are allowed to run.
const NonceContext = createContext<string>("");
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);

// The request's id (app/server.ts), shown on a server error page so a report can be found in the
// logs. Only the server knows it: such pages are sent without the application's JavaScript.
const RequestIdContext = createContext<string>("");
export const RequestIdProvider = RequestIdContext.Provider;
export const useRequestId = () => useContext(RequestIdContext);
