// The demo surveys: one closed with its results and summary published, one open with easy-read wording.
import type { QuestionInput } from "~/modules/surveys/pages.server";

type DemoQuestion = Pick<QuestionInput, "kind" | "text"> &
  Partial<Omit<QuestionInput, "kind" | "text" | "choices" | "pageId">> & { choices?: string[] };

export const SHORT_BREAKS_SURVEY: { title: string; audience: string; intro: string; pages: { title: string; questions: DemoQuestion[] }[] } = {
  title: "Short breaks: what works for your family?",
  audience: "Parents and carers of children and young people with SEND",
  intro:
    "Short breaks give families a rest and give children and young people time to have fun with friends. " +
    "We want to know which short breaks you use, what gets in the way, and what would make them " +
    "better.\n\nIt takes about five minutes. What you tell us shapes action 2.3 of our SEND strategy.",
  pages: [
    {
      title: "The short breaks you use",
      questions: [
        {
          kind: "single",
          text: "Which short break has your family used most in the last year?",
          required: true,
          choices: ["Holiday clubs", "After-school clubs", "Overnight short breaks", "A sitting service", "None"],
          allowOther: true,
        },
        {
          kind: "multiple",
          text: "What makes short breaks hard to use?",
          choices: ["Cost", "Distance or transport", "Booking is hard", "Staff not trained for my child’s needs", "Not enough places"],
        },
        { kind: "rating", text: "How good are short breaks for your family?", required: true, lowLabel: "Very poor", highLabel: "Very good" },
      ],
    },
    {
      title: "Your ideas",
      questions: [
        { kind: "yes_no", text: "Would your family use a short break at the weekend?" },
        { kind: "long_text", text: "What one thing would make short breaks better?" },
      ],
    },
  ],
};

export const SHORT_BREAKS_IDEAS = [
  "Let us book holiday clubs online instead of by phone on one morning.",
  "More places in the summer holidays, they fill up in a day.",
  "Staff who know about autism and can manage my son's anxiety.",
  "Transport to the club, we live in a village with no bus.",
  "Clubs for teenagers, not just little ones.",
  "Saturday sessions so we can have a rest at the weekend.",
  "Tell us what is on earlier, we only heard about it from another parent.",
  "A named person to call when a place falls through.",
];

export const ADULTHOOD_SURVEY = {
  title: "Growing up: what do you need to get ready for adulthood?",
  audience: "Young people aged 14 to 25 with SEND",
  intro:
    "We are planning how to help young people with SEND get ready for adult life: work, college, where to live, friends and health. Tell us what you need.",
  easyIntro: "We want to help you get ready to be an adult. Tell us what you need. There are 3 questions. It takes 2 minutes.",
  questions: [
    {
      kind: "multiple" as const,
      text: "Which of these do you want help with?",
      easyText: "What do you want help with?",
      choices: [
        ["Finding work", "A job"],
        ["Choosing a college or course", "College"],
        ["Where to live", "Where I live"],
        ["Making friends", "Friends"],
        ["Staying healthy", "My health"],
      ],
    },
    { kind: "yes_no" as const, text: "Do you know who to ask for help with preparing for adulthood?", easyText: "Do you know who to ask for help?" },
    { kind: "long_text" as const, text: "What would make the move to adult services easier for you?", easyText: "What would help you most?" },
  ],
};
