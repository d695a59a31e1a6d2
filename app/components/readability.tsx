import { useEffect, useState } from "react";
import { describeReadability, EASY_READ_TARGET_AGE, readability } from "~/modules/impact/readability";
import { fieldId } from "./form";

/**
 * The reading age of the text in a field, shown under it. Rendered on the server for the text
 * already there; with JavaScript it follows what the officer types.
 */
export function ReadingAge({ name, text, easyRead = false }: { name: string; text: string; easyRead?: boolean }) {
  const [current, setCurrent] = useState(text);
  useEffect(() => {
    const field = document.getElementById(fieldId(name)) as HTMLTextAreaElement | null;
    if (!field) return;
    const update = () => setCurrent(field.value);
    update();
    field.addEventListener("input", update);
    return () => field.removeEventListener("input", update);
  }, [name]);
  const age = readability(current)?.age;
  return (
    <p className="govuk-body-s app-reading-age" data-testid={`reading-age-${name}`}>
      {describeReadability(current)}
      {easyRead && age !== undefined
        ? age <= EASY_READ_TARGET_AGE
          ? " Good for easy read."
          : ` For easy read, aim for ${EASY_READ_TARGET_AGE} or under: shorter sentences and shorter words.`
        : null}
    </p>
  );
}
