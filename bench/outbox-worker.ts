// The outbox bench's child process (bench/outbox.ts): `enqueue N` queues N messages, six in ten
// emails, three texts and one letter, into the database at DATABASE_PATH; `work` runs the outbox worker as the app does,
// against the SMTP server and Notify the environment names, until it is killed.
import { getDb } from "~/db.server";
import { enqueueEmail, enqueueLetter, enqueueText, startOutboxWorker } from "~/modules/notifications/outbox.server";
import { renderEmail } from "~emails/layout";

const [mode, count] = process.argv.slice(2);
if (mode === "enqueue") {
  const ctx = { areaName: "Bench", appUrl: "http://localhost", contactEmail: "bench@example.org", lang: "en" as const };
  const n = Number(count);
  getDb().transaction((tx) => {
    for (let i = 0; i < n; i++) {
      const news = { body: `Bench SEND: news about YS-${i}.`, summary: "News", template: "bench" };
      if (i % 10 === 9) enqueueLetter(tx, `Person ${i}\n${i} Church Lane\nBackwell\nBS48 3PQ`, news, `bench:${i}`);
      else if (i % 10 >= 6) enqueueText(tx, `+4474${String(i).padStart(8, "0")}`, news, `bench:${i}`);
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
