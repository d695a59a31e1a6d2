// A counter that changes whenever anything shown on a public page changes
// (suggestions, the strategy, the area's settings). Figures computed from
// thousands of rows, and whole public pages, are reused until it moves.
let version = 0;

export function bumpContentVersion() {
  version++;
}

export function contentVersion() {
  return version;
}

export function memoByVersion<T>(compute: () => T): () => T {
  let cached: { version: number; value: T } | undefined;
  return () => {
    if (!cached || cached.version !== version) cached = { version, value: compute() };
    return cached.value;
  };
}
