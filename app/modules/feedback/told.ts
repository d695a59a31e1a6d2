import type { FollowChannel } from "~db/schema/enums";

// Message keys for the ways people hear back, in the order they are shown (client-safe).

export const TOLD_CHANNELS: FollowChannel[] = ["email", "sms", "post", "forum"];
/** A row of the "who heard of the outcomes" table. */
export const TOLD_LABELS = { email: "told.channel.email", sms: "told.channel.sms", post: "told.channel.post", forum: "told.channel.forum" } as const;
/** What one change will do, in the triage page's words. */
export const WILL_BE_TOLD = { email: "told.will.email", sms: "told.will.sms", post: "told.will.post", forum: "told.will.forum" } as const;
