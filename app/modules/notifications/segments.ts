// How phone networks count a text message. Client-safe: the development mailbox shows it.

// The GSM 7-bit alphabet: a text in it fits 160 characters in one segment, 153 in each of several;
// anything else (Welsh ŵ, Urdu, emoji, even "…") is sent as UCS-2, 70 and 67.
const GSM_LETTERS_AND_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const GSM_OTHERS = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./:;<=>?¡ÄÖÑÜ§¿äöñüà";
const GSM = GSM_OTHERS + GSM_LETTERS_AND_DIGITS;
const GSM_EXTENDED = "^{}\\[~]|€";

/** How many segments a text takes, as a phone network counts them. */
export function smsSegments(body: string): number {
  const chars = [...body];
  const gsm = chars.every((c) => GSM.includes(c) || GSM_EXTENDED.includes(c));
  const length = gsm ? chars.reduce((n, c) => n + (GSM_EXTENDED.includes(c) ? 2 : 1), 0) : chars.length;
  const [single, each] = gsm ? [160, 153] : [70, 67];
  return length <= single ? 1 : Math.ceil(length / each);
}
