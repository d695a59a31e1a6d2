import { formatDateTime } from "~/utils/dates";
import { useT } from "./i18n";

type Value = string | number | boolean | null | undefined | Date | string[] | Record<string, unknown> | Record<string, unknown>[];

// Words for the fields every section shares; each kind of activity adds its own (its registry entry's labels).
const COMMON_LABELS: Record<string, string> = { createdAt: "data.createdAt", emailConfirmedAt: "data.emailConfirmedAt", ageGroup: "data.ageGroup" };

const generic = (key: string) =>
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
export function PersonData({ data, labels }: { data: Record<string, Record<string, Value>[]>; labels: Record<string, string> }) {
  const { t } = useT();
  const label = (key: string) => labels[key] ?? (COMMON_LABELS[key] ? t(COMMON_LABELS[key]!) : generic(key));
  return (
    <>
      {Object.entries(data).map(([section, items]) => {
        return (
          <section key={section} aria-labelledby={`data-${section}`}>
            <h2 className="govuk-heading-m" id={`data-${section}`}>
              {label(section)}
            </h2>
            {items.length === 0 ? <p className="govuk-body">{t("personData.none")}</p> : null}
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
