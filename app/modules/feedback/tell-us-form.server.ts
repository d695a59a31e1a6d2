import { z } from "zod";
import { CONTRIBUTOR_KINDS } from "~db/schema/enums";
import { contactFields } from "~/modules/contact/contact.server";
import { translate } from "~/modules/i18n/catalogue.server";
import { textField } from "~/utils/validation.server";

// The Tell us form's fields, checked the same way whether the person typed them in online or an
// officer or organiser typed them in from a paper form. Each form adds how consent was given.

/** A function, so the client bundle (which has no server modules) never builds it. */
export function tellUsFields(topicIds: number[]) {
  return {
    body: textField(translate("tellUs.body.label"), { max: 5000, required: translate("tellUs.body.required"), multiline: true }),
    topic: z.preprocess(
      (v) => (v === "" || v === undefined ? null : Number(v)),
      z
        .number()
        .nullable()
        .refine((v) => v === null || topicIds.includes(v), translate("tellUs.topic.invalid")),
    ),
    kind: z.enum(CONTRIBUTOR_KINDS, { message: translate("tellUs.kind.required") }),
    name: textField(translate("tellUs.name.label"), { max: 100, required: false }),
    ...contactFields(),
  };
}
