// The fourteen commitments of North Somerset's co-production charter (shared/seeds/001).
export const CHARTER_COMMITMENTS = [
  "The best starting place for co-production is always at the beginning of any plan or project.",
  "From the outset, we will consider “who do we need to involve” and make contact at the first opportunity. We will always ask ourselves “who have we missed?”.",
  "We will approach working together without a pre-determined agenda and build our view together with children with SEND and their families.",
  "We will directly involve children with SEND, their parents and people who work with them in all aspects of a service: planning, development, delivery and review.",
  "We will ensure that everything in the co-production process is accessible to everyone taking part.",
  "We will begin any work together by agreeing what a successful outcome would look like and working to achieve this together.",
  "We will agree exactly what the focus and purpose of the project is: what can be considered and what is not being considered.",
  "We will agree to keep things private, recognising that people may wish to use their confidential personal experiences to support their views.",
  "Being involved in co-production does not prevent anyone who takes part from expressing views about what is decided at the end of the process.",
  "We will ensure that everyone gets the same information in a way they can access it.",
  "We will ensure that no group or person is more important than anyone else: everyone can contribute given the right support.",
  "We will facilitate discussion and actively listen, checking our understanding of views.",
  "We will always report back to everyone who took part on how things progress, and make sure people can see the impact and outcome of our work.",
  "We will review how well we are embedding co-production as part of our annual self-evaluation, and always challenge ourselves to improve.",
];
