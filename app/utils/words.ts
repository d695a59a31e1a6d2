/** "1 event", "3 events", "1,200 suggestions": a count with its noun. */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}
