import { describe, expect, it } from "vitest";
import { hashPassword, passwordProblem, verifyPassword } from "./passwords.server";

describe("passwordProblem", () => {
  it("asks for at least 10 characters", () => {
    expect(passwordProblem("short1!")).toMatch(/at least 10 characters/);
  });

  it("refuses common passwords, however they are capitalised", () => {
    expect(passwordProblem("Password123")).toMatch(/too easy to guess/);
    expect(passwordProblem("1234567890")).toMatch(/too easy to guess/);
    expect(passwordProblem("qwertyuiop")).toMatch(/too easy to guess/);
  });

  it("refuses a common word padded with numbers or symbols", () => {
    expect(passwordProblem("Welcome2026!")).toMatch(/too easy to guess/);
  });

  it("refuses one character repeated and the person's own email name", () => {
    expect(passwordProblem("aaaaaaaaaaaa")).toMatch(/too easy to guess/);
    expect(passwordProblem("rachel.evans99", "rachel.evans@example.org")).toMatch(/too easy to guess/);
  });

  it("accepts three random words", () => {
    expect(passwordProblem("purple kettle river")).toBeNull();
    expect(passwordProblem("amber-harbour-willow-42", "someone@example.org")).toBeNull();
  });

  it("refuses very long passwords", () => {
    expect(passwordProblem("x".repeat(199) + "y!")).toMatch(/200 characters or fewer/);
  });
});

describe("hashing", () => {
  it("stores argon2id hashes that verify only the right password", async () => {
    const hash = await hashPassword("purple kettle river");
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, "purple kettle river")).toBe(true);
    expect(await verifyPassword(hash, "purple kettle rivers")).toBe(false);
    expect(await verifyPassword("not a hash", "anything")).toBe(false);
  });
});
