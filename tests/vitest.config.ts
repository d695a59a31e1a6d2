import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export default defineConfig({
  root,
  resolve: {
    alias: {
      "~db": path.join(root, "db"),
      "~emails": path.join(root, "emails"),
      "~": path.join(root, "app"),
    },
  },
  test: {
    include: ["app/**/*.test.{ts,tsx}", "db/**/*.test.ts", "emails/**/*.test.ts"],
    environment: "node",
    // Each test file gets its own in-memory database (modules are isolated per file).
    env: { DATABASE_PATH: ":memory:", NODE_ENV: "test", LOG_LEVEL: "silent" },
    testTimeout: 20_000,
  },
});
