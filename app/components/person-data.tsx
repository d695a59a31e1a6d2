import { formatDateTime } from "~/utils/dates";

type Value = string | number | boolean | null | undefined | Date | string[] | Record<string, unknown> | Record<string, unknown>[];

const LABELS: Record<string, string> = {
  yourWords: "Your words",
  publicWording: "Public wording",
  createdAt: "When",
  startsAt: "Event date",
  submittedAt: "Sent",
  emailConfirmedAt: "Email confirmed",
  ageGroup: "Age group",
  listedPublicly: "Listed publicly",
  yourComment: "Your comment",
  accessNeeds: "Access needs",
  accessNotes: "Access notes",
  dietaryNeeds: "Dietary needs",
  contactName: "Contact name",
  contactEmail: "Contact email",
  versionId: "Charter version",
  questionId: "Question",
};

const label = (key: string) =>
  LABELS[key] ??
  key.charAt(0).toUpperCase() +
    key
      .slice(1)
      .replace(/([A-Z])/g, " $1")
      .toLowerCase();

function show(value: Value): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v))).join(", ") || "—";
  if (typeof value === "object") return JSON.stringify(value);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value);
  return String(value);
}

/** Everything held about a person, section by section, as summary lists. */
export function PersonData({ data }: { data: Record<string, Record<string, Value> | Record<string, Value>[]> }) {
  return (
    <>
      {Object.entries(data).map(([section, content]) => {
        const items = Array.isArray(content) ? content : [content];
        return (
          <section key={section} aria-labelledby={`data-${section}`}>
            <h2 className="govuk-heading-m" id={`data-${section}`}>
              {label(section)}
            </h2>
            {items.length === 0 ? <p className="govuk-body">None.</p> : null}
            {items.map((item, i) => (
              <dl key={i} className="govuk-summary-list govuk-!-margin-bottom-6">
                {Object.entries(item).map(([key, value]) => (
                  <div key={key} className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">{label(key)}</dt>
                    <dd className="govuk-summary-list__value app-comment">{show(value as Value)}</dd>
                  </div>
                ))}
              </dl>
            ))}
          </section>
        );
      })}
    </>
  );
}
