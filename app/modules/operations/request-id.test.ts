import { describe, expect, it } from "vitest";
import { requestIdFrom } from "./request-id";

describe("a request's id", () => {
  it("is our proxy's when we trust it and it looks like one, and a fresh one otherwise", () => {
    const nginx = "3f2b9c1d8e7a6b5c4d3e2f1a0b9c8d7e";
    expect(requestIdFrom(nginx, true)).toBe(nginx);
    expect(requestIdFrom(nginx, false)).not.toBe(nginx);
    for (const hostile of ['"><script>', "a\nb: injected header", "x".repeat(65), ["a", "b"]])
      expect(requestIdFrom(hostile, true)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
