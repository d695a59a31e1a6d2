/** The most items one step on many may change (bulk triage, survey answers, comments): shared with pages. */
export const MOST_AT_ONCE = 2000;
