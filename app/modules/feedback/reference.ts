/** The reference people see for a suggestion: YS-0042. */
export function reference(id: number): string {
  return `YS-${String(id).padStart(4, "0")}`;
}

/** Reads "YS-0042", "ys42" or "42" back to 42. */
export function parseReference(value: string): number | null {
  const match = /^\s*(?:ys-?)?0*(\d{1,9})\s*$/i.exec(value);
  return match ? Number(match[1]) : null;
}
