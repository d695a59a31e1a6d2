import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The fault tests start the built app as a separate process and break things around it
// (kill -9, a read-only database file, a backup taken mid-write), and drill what operators do:
// health checks, logs, a restore, an upgrade. Loopback only.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export default defineConfig({
  root,
  test: {
    include: ["tests/faults/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
