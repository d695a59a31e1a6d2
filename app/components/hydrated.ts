import { useSyncExternalStore } from "react";

// False while rendering on the server and hydrating, true once the browser runs the page: for parts
// that only JavaScript can make work, drawn the same as the server's until then.
const noSubscription = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
