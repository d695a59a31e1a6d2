// The outbox bench's child process (bench/outbox.ts): `enqueue N` queues N messages, part email and
// part text, into the database at DATABASE_PATH; `work` runs the outbox worker as the app does,
// against the SMTP server and Notify the environment names, until it is killed.
import { getDb } from "~/db.server";
import { enqueueEmail, enqueueText, startOutboxWorker } from "~/modules/notifications/outbox.server";
import { renderEmail } from "~emails/layout";

const [mode, count] = process.argv.slice(2);
if (mode === "enqueue") {
  const ctx = { areaName: "Bench", appUrl: "http://localhost", contactEmail: "bench@example.org", lang: "en" as const };
  const n = Number(count);
  getDb().transaction((tx) => {
    for (let i = 0; i < n; i++) {
      // Two in five go by text, as a family's choices might.
      if (i % 5 < 2)
        enqueueText(
          tx,
          `+4474${String(i).padStart(8, "0")}`,
          { body: `Bench SEND: news about YS-${i}.`, summary: "Text", template: "bench" },
          `bench:${i}`,
        );
      else enqueueEmail(tx, `person${i}@example.org`, renderEmail(ctx, "bench", `News ${i}`, "Hello,", [{ paragraph: `News ${i}` }]), `bench:${i}`);
    }
  });
} else if (mode === "work") {
  startOutboxWorker(undefined, 100);
  // Keeps running until the bench kills it (with SIGKILL, mid-send).
  setInterval(() => undefined, 60_000);
} else {
  throw new Error("usage: outbox-worker.ts enqueue N | work");
}
