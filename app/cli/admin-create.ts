// npm run admin:create -- someone@example.org ["Their Name"]
// Creates the first admin (or gives an existing account the admin role) and
// prints a link to choose a password; the same link is emailed through the outbox.
import { z } from "zod";
import { closeDb } from "~/db.server";
import { ensureAdmin } from "~/modules/auth/accounts.server";

const [emailArg, nameArg] = process.argv.slice(2);
const parsed = z
  .string()
  .trim()
  .toLowerCase()
  .email()
  .max(254)
  .safeParse(emailArg ?? "");
if (!parsed.success) {
  console.error('Usage: npm run admin:create -- someone@example.org ["Their Name"]');
  process.exit(2);
}
const result = ensureAdmin(parsed.data, nameArg?.trim() || undefined);
console.log(result.created ? `Created an admin account for ${parsed.data}.` : `${parsed.data} is now an admin.`);
if (result.passwordLink) {
  console.log(`They can choose a password here (also emailed; works for 7 days):\n  ${result.passwordLink}`);
}
closeDb();
