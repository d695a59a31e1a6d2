// The demo local area's example of this kind of activity, added by the seed (db/seed.ts) through the
// activity registry, in registry order.
import { and, eq, like } from "drizzle-orm";
import { suggestions } from "~db/schema";
import { getDb } from "~/db.server";
import { findUserByEmail } from "~/modules/auth/accounts.server";
import { listActionChoices } from "~/modules/strategy/strategy.server";
import { changeStatus, linkToActions, publish, setPublicWording } from "~/modules/feedback/changes.server";
import { listTopics } from "~/modules/feedback/topics.server";
import { addWalkIn, checkIn, checkInList } from "./attendance.server";
import { createEvent, publishEvent } from "./events.server";
import { register } from "./registrations.server";
import { recordHeard } from "./heard.server";
import { docFromPlainText } from "~/modules/richtext/document";
import { NO_CONTACT } from "~/modules/contact/contact.server";

/** Listening events run by the parent carer forum: two coming up, one past. */
export function seedEvents(organiserId: string, officerId: string) {
  const topicIds = new Map(listTopics().map((t) => [t.name, t.id]));
  const actionIds = new Map(listActionChoices().map((a) => [a.code, a.id]));
  const day = (n: number, hour: number, minute = 0) => {
    const d = new Date();
    d.setUTCDate(d.getUTCDate() + n);
    d.setUTCHours(hour, minute, 0, 0);
    return d;
  };
  const shortBreaks = createEvent(
    {
      title: "Short breaks listening event",
      participationLevel: "engage",
      description: docFromPlainText(
        "Tell us what short breaks work for your family, and what could be better. Commissioners from the " +
          "council and health will be there to listen.\n\n## What will happen\n\n- A short welcome from the " +
          "parent carer forum\n- Small group conversations about holiday schemes, booking and cross-border " +
          "places\n- Tea, coffee and cake\n\nEverything you tell us is recorded (without names) and linked to " +
          "action 2.3 of our SEND strategy, and we will tell you what happens.",
      ),
      type: "listening_event",
      audience: "parent_carers",
      startsAt: day(14, 10),
      endsAt: day(14, 12, 30),
      format: "hybrid",
      venue: "Campus Community Centre, Highlands Lane, Weston-super-Mare BS24 7DX",
      joiningLink: "https://meet.example.org/ns-short-breaks",
      venueFeatures: ["step_free", "hearing_loop", "quiet_room", "bsl_on_request", "parking"],
      accessibilityNotes: "Free parking next to the entrance. Children are welcome in the play room with two forum volunteers.",
      capacity: 40,
      maxPlacesPerRegistration: 3,
      registrationClosesAt: day(13, 17),
      topicIds: [topicIds.get("Short breaks and activities")!],
      actionIds: [actionIds.get("2.3")!],
    },
    organiserId,
  );
  publishEvent(shortBreaks);
  const coffee = createEvent(
    {
      title: "Online coffee morning: preparing for adulthood",
      description: docFromPlainText(
        "An informal online chat about turning 18: what changes, and what support there is. Bring your questions.\n\nCaptions are on for the whole session.",
      ),
      type: "coffee_morning",
      audience: "everyone",
      startsAt: day(21, 10),
      endsAt: day(21, 11),
      format: "online",
      venue: "",
      joiningLink: "https://meet.example.org/ns-adulthood",
      venueFeatures: [],
      accessibilityNotes: "Live captions throughout.",
      capacity: 25,
      maxPlacesPerRegistration: 2,
      registrationClosesAt: day(20, 17),
      topicIds: [topicIds.get("Preparing for adulthood")!],
      actionIds: [actionIds.get("3.5")!],
    },
    organiserId,
  );
  publishEvent(coffee);
  const past = createEvent(
    {
      title: "Physical impairment and medical support: listening event",
      description: docFromPlainText("One of five events across the county about the Physical Impairment and Medical Support team."),
      type: "listening_event",
      audience: "parent_carers",
      startsAt: day(-30, 18),
      endsAt: day(-30, 20),
      format: "in_person",
      venue: "Town Hall, Walliscote Grove Road, Weston-super-Mare BS23 1UJ",
      joiningLink: "",
      venueFeatures: ["step_free", "hearing_loop"],
      accessibilityNotes: "",
      capacity: 30,
      maxPlacesPerRegistration: 2,
      registrationClosesAt: day(-31, 17),
      topicIds: [topicIds.get("Schools and inclusion")!],
      actionIds: [],
    },
    organiserId,
  );
  publishEvent(past);
  // A parent with an account has booked the short-breaks event, with what they need arranged.
  const tom = findUserByEmail("parent2@northsomerset.example")!;
  register({
    eventId: shortBreaks,
    name: tom.name,
    email: tom.email,
    phone: "01934 000 111",
    role: "parent_carer",
    places: 2,
    accessNeeds: ["step_free"],
    accessNotes: "My daughter uses a wheelchair.",
    dietaryNeeds: "",
    updates: { channel: "email" },
    userId: tom.id,
  });
  // The past event was well attended and written up: bookings, attendance, points heard.
  const families = ["Aisha", "Ben", "Chloe", "Dan", "Ella", "Finn", "Grace", "Harry", "Isla", "Jack", "Kate", "Leo"];
  families.forEach((name, i) => {
    register(
      {
        eventId: past,
        name: `${name} (demo)`,
        email: `family${i}@northsomerset.example`,
        phone: "",
        role: i % 5 === 4 ? "professional" : "parent_carer",
        places: 1,
        accessNeeds: i % 4 === 0 ? ["quiet_room"] : [],
        accessNotes: "",
        dietaryNeeds: "",
        updates: i % 2 === 0 ? { channel: "email" } : null,
        userId: null,
      },
      day(-40, 12),
    );
  });
  for (const person of checkInList(past).slice(0, 9)) checkIn(past, person.id, true);
  addWalkIn(past, { name: "Walk-in (demo)", role: "parent_carer", contact: { ...NO_CONTACT, channel: "sms", phone: "+447700900321" } });
  recordHeard(past, {
    summary:
      "Parents valued the Physical Impairment and Medical Support team's advice to schools, but want more " +
      "notice before visits and clearer information about who to contact between reviews.",
    points: [
      "We only hear about PIMS visits to school after they have happened; parents want to be told beforehand.",
      "Nobody tells us who to contact between annual reviews when something changes.",
      "Medical care plans should be shared with after-school clubs, not just the school day.",
    ],
  });
  // One point heard shaped the short-breaks action: evidence that an event changed something.
  const carePlans = getDb()
    .select({ id: suggestions.id })
    .from(suggestions)
    .where(and(eq(suggestions.originKind, "events"), eq(suggestions.originId, past), like(suggestions.body, "Medical care plans%")))
    .get()!.id;
  setPublicWording(carePlans, "Share children's medical care plans with after-school clubs and short-break providers.", officerId);
  linkToActions(carePlans, [actionIds.get("2.3")!], officerId);
  publish(carePlans, officerId);
  changeStatus({
    id: carePlans,
    status: "in_progress",
    note: "Short-break providers are being added to the care plan sharing agreement.",
    officerId,
  });
}
