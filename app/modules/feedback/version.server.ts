// A counter that changes whenever anything shown on the board changes, so
// figures computed from thousands of rows are only recomputed when needed.
let version = 0;

export function bumpFeedbackVersion() {
  version++;
}

export function feedbackVersion() {
  return version;
}

export function memoByVersion<T>(compute: () => T): () => T {
  let cached: { version: number; value: T } | undefined;
  return () => {
    if (!cached || cached.version !== version) cached = { version, value: compute() };
    return cached.value;
  };
}
