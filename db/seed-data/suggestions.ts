import type { ContributorKind, SuggestionStatus } from "~db/schema";

// Demo suggestions, written the way parents and young people put things in
// listening events (see shared/seeds/003 and 004). Days are days ago.

export type DemoSuggestion = {
  daysAgo: number;
  topic: string;
  kind: ContributorKind;
  body: string;
  /** A contributor without an account who left their email. */
  email?: string;
  /** A demo account holder who made it while signed in (their email). */
  byAccount?: string;
  wording?: string;
  actions?: string[];
  publishDaysAgo?: number;
  steps?: { daysAgo: number; status: SuggestionStatus; note: string; outcome?: string; outcomeEasyRead?: string }[];
};

export const DEMO_TOPICS = [
  "Short breaks and activities",
  "EHC plans and assessments",
  "Autism and diagnosis",
  "Mental health",
  "Therapies",
  "Travel to school or college",
  "Information and the Local Offer",
  "Schools and inclusion",
  "Preparing for adulthood",
  "Communication with families",
];

export const DEMO_SUGGESTIONS: DemoSuggestion[] = [
  {
    daysAgo: 160,
    topic: "Short breaks and activities",
    kind: "parent_carer",
    body: "There are hardly any holiday activities for my son who uses a wheelchair. Everything in Weston gets booked up in the first hour and we live near the Bristol border but can't use their schemes.",
    wording: "Holiday activities for disabled children fill up too quickly, and families near the border cannot use schemes in neighbouring areas.",
    actions: ["2.3"],
    publishDaysAgo: 150,
    steps: [
      {
        daysAgo: 150,
        status: "planned",
        note: "Short-break providers will agree a fairer booking system and talk to Bristol about cross-border places.",
      },
      {
        daysAgo: 90,
        status: "in_progress",
        note: "A new booking window opens two weeks before each holiday, with places held back for families who have not had a break yet.",
      },
      {
        daysAgo: 30,
        status: "done",
        note: "The new booking system ran for the summer holidays.",
        outcome:
          "We changed how short breaks are booked: places open two weeks before each holiday and some are held for families who have not had one yet. Families living near the border can now book Bristol and Somerset schemes at local prices.",
        outcomeEasyRead:
          "We changed how you book short breaks.\nYou can book two weeks before each holiday.\nWe keep some places for families who have not had a break yet.",
      },
    ],
  },
  {
    daysAgo: 140,
    topic: "Autism and diagnosis",
    kind: "parent_carer",
    body: "We have been waiting 2 years for an autism assessment for our daughter. Nobody tells us where we are on the list or what help we can get while we wait.",
    wording: "Families waiting for an autism assessment are not told where they are on the list or what help they can get while waiting.",
    actions: ["1.2"],
    publishDaysAgo: 130,
    steps: [
      { daysAgo: 130, status: "under_review", note: "We are looking at how waiting families are kept informed." },
      {
        daysAgo: 70,
        status: "in_progress",
        note: "Families on the list will get a letter every three months with their expected wait and a list of support available now.",
      },
    ],
  },
  {
    daysAgo: 120,
    topic: "Travel to school or college",
    kind: "young_person",
    body: "The taxi to college picks me up an hour before college starts and I just sit there. I'd like to travel on my own with some training.",
    wording: "Young people want to learn to travel independently to college instead of long taxi journeys.",
    actions: ["4.3"],
    publishDaysAgo: 115,
    steps: [
      { daysAgo: 115, status: "planned", note: "Independent travel training will be part of the new post-16 transport policy." },
      {
        daysAgo: 40,
        status: "done",
        note: "The post-16 transport policy was published.",
        outcome:
          "The new post-16 transport policy, written with young people, offers independent travel training to every student who wants it, and pick-up times are now planned to arrive no more than 20 minutes early.",
      },
    ],
  },
  {
    daysAgo: 110,
    topic: "EHC plans and assessments",
    kind: "parent_carer",
    body: "My son's EHCP still says he needs speech therapy once a week but he hasn't had any for a year. Who checks that the plan is actually delivered?",
    wording: "Support written in EHC plans, such as speech and language therapy, is not always delivered, and parents do not know who checks.",
    actions: ["3.2", "1.4"],
    publishDaysAgo: 100,
    steps: [
      {
        daysAgo: 100,
        status: "under_review",
        note: "The quality assurance group will sample plans to check that therapy in plans is being delivered.",
      },
    ],
  },
  {
    daysAgo: 95,
    topic: "Information and the Local Offer",
    kind: "parent_carer",
    body: "The Local Offer website is impossible to find things on. I searched for sensory play and got a page about bins.",
    wording: "It is hard to find things on the Local Offer website; searches return unrelated pages.",
    actions: ["4.2"],
    publishDaysAgo: 90,
    steps: [
      {
        daysAgo: 90,
        status: "in_progress",
        note: "The Local Offer is being redesigned with parents. Join the testing group at the next forum coffee morning.",
      },
    ],
  },
  {
    daysAgo: 85,
    topic: "Mental health",
    kind: "young_person",
    body: "I waited 9 months to see CAMHS. School said there was nothing else. There should be someone to talk to while you wait.",
    wording: "Young people waiting for CAMHS want someone to talk to while they wait.",
    actions: ["2.1"],
    publishDaysAgo: 80,
    steps: [
      {
        daysAgo: 80,
        status: "not_possible",
        note: "We cannot add a new waiting-list counselling service this year.",
        outcome:
          "We cannot fund a new counselling service for people waiting for CAMHS this year, because the mental health budget is already committed. Instead, every school now has a named mental health lead, and the Kooth online service is open to all young people aged 11 to 25 while they wait.",
      },
    ],
  },
  {
    daysAgo: 75,
    topic: "Communication with families",
    kind: "parent_carer",
    body: "Every new professional asks me to tell our whole story again. It is exhausting and upsetting. Why can't services share what we've already said?",
    wording: "Parents have to repeat their family's story to every new professional.",
    actions: ["4.1"],
    publishDaysAgo: 70,
    steps: [{ daysAgo: 70, status: "planned", note: "A 'tell it once' profile is being designed for transition points." }],
  },
  {
    daysAgo: 60,
    topic: "Schools and inclusion",
    kind: "parent_carer",
    body: "My daughter was sent home early almost every week last term. That's an exclusion in all but name.",
    wording: "Some children with SEND are often sent home early from school, which is an informal exclusion.",
    actions: ["3.4", "1.5"],
    publishDaysAgo: 55,
    steps: [
      { daysAgo: 55, status: "under_review", note: "The inclusion service is collecting information on part-time timetables and early collections." },
    ],
  },
  {
    daysAgo: 50,
    topic: "Preparing for adulthood",
    kind: "young_person",
    body: "Nobody has explained what happens to my support when I turn 18. I'm 17 and scared about it.",
    wording: "Young people approaching 18 do not know what will happen to their support.",
    actions: ["3.5"],
    publishDaysAgo: 45,
    steps: [{ daysAgo: 45, status: "in_progress", note: "An easy read guide to turning 18 is being written with the SEND ambassadors." }],
  },
  {
    daysAgo: 40,
    topic: "Therapies",
    kind: "professional",
    body: "As a SENCO I can never find out which service is responsible for OT assessments for EHCPs. Referrals bounce between health and the council.",
    wording: "Schools cannot find out which service is responsible for occupational therapy assessments for EHC plans.",
    actions: ["1.4"],
    publishDaysAgo: 35,
    steps: [{ daysAgo: 35, status: "planned", note: "Health and the council will publish who does what for therapy assessments." }],
  },
  {
    daysAgo: 33,
    topic: "Short breaks and activities",
    kind: "young_person",
    body: "Youth club is only on Tuesdays and I have hospital then. More evenings please!",
    wording: "Young people would like inclusive youth club sessions on more than one evening a week.",
    actions: ["2.3"],
    publishDaysAgo: 28,
  },
  {
    daysAgo: 27,
    topic: "Communication with families",
    kind: "parent_carer",
    body: "Letters from the SEND team are full of jargon. Please write in plain English and tell us who to call.",
    wording: "Letters from the SEND team use jargon and do not say who to contact.",
    actions: ["4.1", "4.5"],
    publishDaysAgo: 20,
    steps: [{ daysAgo: 20, status: "in_progress", note: "The forum is reviewing our standard letters with us." }],
  },
  {
    daysAgo: 24,
    topic: "EHC plans and assessments",
    kind: "parent_carer",
    body: "We applied for an EHC needs assessment 19 weeks ago and have heard nothing at all. Is it still going to be on time?",
    email: "rachel.demo@northsomerset.example",
  },
  {
    daysAgo: 12,
    topic: "Schools and inclusion",
    kind: "parent_carer",
    body: "My son's school has no quiet space at lunchtime and he hides in the toilets. Can every secondary school have one?",
    byAccount: "parent2@northsomerset.example",
  },
  {
    daysAgo: 21,
    topic: "Autism and diagnosis",
    kind: "parent_carer",
    body: "Please run the ASCEND course in the evenings too, working parents can't go in the day.",
  },
  {
    daysAgo: 18,
    topic: "Travel to school or college",
    kind: "parent_carer",
    body: "The school transport driver keeps changing and my son gets very anxious. Can he have the same driver?",
  },
  {
    daysAgo: 15,
    topic: "Schools and inclusion",
    kind: "professional",
    body: "Mainstream schools need more training on autism, especially for lunchtime staff.",
  },
  {
    daysAgo: 12,
    topic: "Short breaks and activities",
    kind: "parent_carer",
    body: "Short breaks booking fills in minutes, we never get a place at the summer scheme.",
  },
  { daysAgo: 9, topic: "Mental health", kind: "young_person", body: "School counsellor is great but only there one day a week." },
  {
    daysAgo: 6,
    topic: "Information and the Local Offer",
    kind: "other",
    body: "Could the Local Offer have a what's on calendar for SEND-friendly events?",
  },
  { daysAgo: 4, topic: "Preparing for adulthood", kind: "parent_carer", body: "We need more supported internships locally, not just in Bristol." },
  {
    daysAgo: 2,
    topic: "Therapies",
    kind: "parent_carer",
    body: "Physio appointments are always in school time. Some after-school slots would help a lot.",
  },
  { daysAgo: 1, topic: "Communication with families", kind: "young_person", body: "I want to be at my own annual review meeting, not just my mum." },
];
