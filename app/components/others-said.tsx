import { useFetcher } from "@remix-run/react";
import { useEffect } from "react";
import { fieldId } from "./form";
import { useT } from "./i18n";

// "Others have said something like this: add your voice". On the page after sending a suggestion
// (no JavaScript needed), and on the Tell us form as the person writes (with it).

export type Alike = { id: number; reference: string; wording: string };

export function OthersSaid({ alike, heading = "h2" }: { alike: Alike[]; heading?: "h2" | "h3" }) {
  const { t } = useT();
  if (!alike.length) return null;
  const Heading = heading;
  return (
    <div className="govuk-inset-text">
      <Heading className="govuk-heading-s">{t("othersSaid.heading")}</Heading>
      <p className="govuk-body">{t("othersSaid.addVoice")}</p>
      <ul className="govuk-list">
        {alike.map((a) => (
          <li key={a.id}>
            <a className="govuk-link" href={`/you-said-we-did/${a.id}`}>
              {a.wording}
            </a>{" "}
            <span className="govuk-body-s">({a.reference})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Watches a text box and, a moment after the person stops typing, shows what others said alike. */
export function OthersSaidAsYouType({ field }: { field: string }) {
  const fetcher = useFetcher<{ alike: Alike[] }>();
  const { load } = fetcher;
  useEffect(() => {
    const box = document.getElementById(fieldId(field)) as HTMLTextAreaElement | null;
    if (!box) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const look = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const text = box.value.trim();
        if (text.length >= 15) load(`/tell-us/similar?${new URLSearchParams({ text: text.slice(0, 2000) })}`);
      }, 600);
    };
    box.addEventListener("input", look);
    // Words typed before the page's JavaScript ran are looked at as soon as it does.
    if (box.value.trim()) look();
    return () => {
      clearTimeout(timer);
      box.removeEventListener("input", look);
    };
  }, [field, load]);
  return (
    <div aria-live="polite">
      <OthersSaid alike={fetcher.data?.alike ?? []} />
    </div>
  );
}
