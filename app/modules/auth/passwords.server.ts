import { hash, verify } from "@node-rs/argon2";
import { translate } from "~/modules/i18n/catalogue.server";

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

// argon2id with the library's defaults (19 MiB, 2 passes): OWASP's recommended minimum.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Passwords of 10 or more characters that appear near the top of breached-password lists.
const COMMON = new Set(
  `1234567890 0123456789 12345678910 1234567891 123456789a 1q2w3e4r5t 1qaz2wsx3edc qwertyuiop
  qwerty1234 qwerty12345 qwerty123456 password12 password123 password1234 passw0rd123 password01
  iloveyou12 iloveyou123 abcdefghij abc1234567 abcd123456 a123456789 q1w2e3r4t5 zaq12wsxcde
  1234qwerty asdfghjkl1 asdfghjkl; zxcvbnm123 qazwsxedc1 football12 football123 baseball12
  princess12 sunshine12 welcome123 welcome1234 letmein123 trustno1234 monkey1234 dragon1234
  starwars12 whatever12 superman12 michael123 charlie123 liverpool1 chelsea123 arsenal123
  manchester11 987654321a 9876543210 1111111111 0000000000 1212121212 1122334455 1234512345
  123123123123 changeme12 changeme123 administrator adminadmin1 admin12345 admin123456
  computer12 internet12 samsung123 password! password1! p@ssw0rd12 p@ssword123 qwertyui12
  loveyou123 england123 london1234 football1! secret1234 mypassword mypassword1 mypassword123`
    .split(/\s+/)
    .filter(Boolean),
);

/** Why a password will not do, in words a person can act on; null when it is fine. */
export function passwordProblem(password: string, email = ""): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return translate("auth.password.tooShort", { min: MIN_PASSWORD_LENGTH });
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return translate("auth.password.tooLong");
  }
  const lower = password.toLowerCase();
  const letters = lower.replace(/[^a-z]/g, "");
  const localPart = email.split("@")[0]?.toLowerCase() ?? "";
  // A common word padded with digits or symbols is as weak as the word.
  const paddedCommonWord = /^(password|qwerty|letmein|welcome|coproduce)/.test(letters) && letters.length <= 11;
  if (COMMON.has(lower) || /^(.)\1+$/.test(password) || paddedCommonWord || (localPart.length >= 4 && lower.includes(localPart))) {
    return translate("auth.password.guessable");
  }
  return null;
}
