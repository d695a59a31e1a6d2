import { useEffect, useState } from "react";
import { describeReadability, EASY_READ_TARGET_AGE, readability } from "~/modules/impact/readability";
import { fieldId } from "./form";
import { useT } from "./i18n";

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
  const { t } = useT();
  // Every wording is made on each render, so the page carries them all: typing changes which is shown,
  // and cannot wait for the catalogue.
  const [empty, good, aim] = [t("readability.empty"), t("readability.good"), t("readability.aim", { age: EASY_READ_TARGET_AGE })];
  t("readability.age", { age: 0, words: 0, sentences: 0 });
  return (
    <p className="govuk-body-s app-reading-age" data-testid={`reading-age-${name}`}>
      {current.trim() ? describeReadability(current, t) : empty}
      {easyRead && age !== undefined ? ` ${age <= EASY_READ_TARGET_AGE ? good : aim}` : null}
    </p>
  );
}
