import type { ParticipationLevel } from "~db/schema/enums";

// The levels at which families take part, with the one line shown beside each,
// so nobody calls a consultation co-production. These English words are also the strategy
// spreadsheet's import and export vocabulary; pages show them from the catalogue (LEVEL_KEYS).
export const PARTICIPATION_LEVEL_TEXT: Record<ParticipationLevel, { label: string; line: string }> = {
  inform: { label: "Inform", line: "We tell you about decisions and plans." },
  consult: { label: "Consult", line: "We ask for your views and take them into account before we decide." },
  engage: { label: "Engage", line: "We work with you through the process, and your views shape the options." },
  co_design: { label: "Co-design", line: "We design it together with you, and you help decide." },
  co_produce: { label: "Co-produce", line: "We plan, design, decide and deliver it together, as equal partners." },
};

/** The catalogue's keys for each level's name and line, for pages in any language. */
export const LEVEL_KEYS: Record<ParticipationLevel, { label: string; line: string }> = {
  inform: { label: "participation.inform", line: "participation.inform.line" },
  consult: { label: "participation.consult", line: "participation.consult.line" },
  engage: { label: "participation.engage", line: "participation.engage.line" },
  co_design: { label: "participation.co_design", line: "participation.co_design.line" },
  co_produce: { label: "participation.co_produce", line: "participation.co_produce.line" },
};
