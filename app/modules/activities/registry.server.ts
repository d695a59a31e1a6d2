import { charterActivity } from "~/modules/charter/activity.server";
import { translate } from "~/modules/i18n/catalogue.server";
import { groupsActivity } from "~/modules/groups/activity.server";
import { eventsActivity } from "~/modules/events/activity.server";
import { tellUsActivity } from "~/modules/feedback/activity.server";
import { reviewsActivity } from "~/modules/reviews/activity.server";
import { surveysActivity } from "~/modules/surveys/activity.server";
import type { Role } from "~db/schema";
import { can } from "~/modules/auth/permissions.server";
import type { SessionUser } from "~/modules/auth/session.server";
import { log } from "~/modules/operations/log.server";
import { countError } from "~/modules/operations/metrics.server";
import type { ActivityDefinition, ActivityKind } from "./activity";

// Every kind of activity, once. Shared code loops over this and never names a kind; a kind missing
// here, or one that leaves a duty out, does not compile.
export const ACTIVITIES = {
  tellUs: tellUsActivity,
  events: eventsActivity,
  surveys: surveysActivity,
  reviews: reviewsActivity,
  charter: charterActivity,
  groups: groupsActivity,
} satisfies Record<ActivityKind, ActivityDefinition>;

export const activities = (): [ActivityKind, ActivityDefinition][] => Object.entries(ACTIVITIES) as [ActivityKind, ActivityDefinition][];

/** Every kind's timed work, run each minute by the background worker. */
export function runTimedWork(now = new Date()) {
  for (const [kind, activity] of activities()) {
    for (const job of activity.timedWork) {
      // One job failing must not stop the others.
      try {
        job.everyMinute(now);
      } catch (error) {
        countError(`${kind}: ${job.name}`);
        log.error({ err: error, job: `${kind}: ${job.name}` }, "background job failed");
      }
    }
  }
}

/** The menu links of every kind that this person may see (a visitor has no roles). */
export function menuFor(roles: Role[]): { label: string; to: string }[] {
  return activities().flatMap(([, activity]) =>
    activity.menu
      .filter((link) => !link.onlyFor || link.onlyFor.some((role) => roles.includes(role)))
      .map(({ label, to }) => ({ label: translate(label), to })),
  );
}

/** Every kind's links on the staff "Manage" page that this person may use. */
export function manageLinksFor(user: Pick<SessionUser, "roles">): { label: string; to: string }[] {
  return activities().flatMap(([, activity]) => activity.manage.filter((link) => can(user, link.permission)).map(({ label, to }) => ({ label, to })));
}

/** Every kind's free text that the safeguarding check reads, in plain words, in registry order. */
export function safeguardedTexts(): string[] {
  return activities().flatMap(([, activity]) => activity.safeguarding.checks.map((check) => check.what));
}
