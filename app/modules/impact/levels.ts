import type { ParticipationLevel } from "~db/schema/enums";

// The levels at which families take part, with the one line shown beside each,
// so nobody calls a consultation co-production.
export const PARTICIPATION_LEVEL_TEXT: Record<ParticipationLevel, { label: string; line: string }> = {
  inform: { label: "Inform", line: "We tell you about decisions and plans." },
  consult: { label: "Consult", line: "We ask for your views and take them into account before we decide." },
  engage: { label: "Engage", line: "We work with you through the process, and your views shape the options." },
  co_design: { label: "Co-design", line: "We design it together with you, and you help decide." },
  co_produce: { label: "Co-produce", line: "We plan, design, decide and deliver it together, as equal partners." },
};
