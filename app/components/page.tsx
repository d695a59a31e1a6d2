import type { ReactNode } from "react";
import { Link } from "@remix-run/react";
import { useT } from "~/components/i18n";

export function NotificationBanner({ title, success, children }: { title?: string; success?: boolean; children: ReactNode }) {
  const { t } = useT();
  return (
    <div
      className={`govuk-notification-banner ${success ? "govuk-notification-banner--success" : ""}`}
      role={success ? "alert" : "region"}
      aria-labelledby="notification-banner-title"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="notification-banner-title">
          {success ? t("page.success") : (title ?? t("page.important"))}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}

/** The green "done" banner after a save, with one sentence; nothing when there is no message. */
export function SuccessBanner({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <NotificationBanner success>
      <p className="govuk-notification-banner__heading">{message}</p>
    </NotificationBanner>
  );
}

export function BackLink({ to, children }: { to: string; children?: ReactNode }) {
  const { t } = useT();
  return (
    <Link to={to} className="govuk-back-link">
      {children ?? t("page.back")}
    </Link>
  );
}

/** "From" and "To" date boxes for a report's period, side by side; they post as ?from=&to=. */
export function PeriodFields({ from, to }: { from: string; to: string }) {
  return (
    <div className="govuk-grid-row">
      {(
        [
          ["from", "From", from],
          ["to", "To", to],
        ] as const
      ).map(([name, label, value]) => (
        <div className="govuk-grid-column-one-quarter" key={name}>
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor={name}>
              {label}
            </label>
            <input className="govuk-input" id={name} name={name} type="date" defaultValue={value} />
          </div>
        </div>
      ))}
    </div>
  );
}

/** GOV.UK's warning text: the sign, and "Warning" said to screen readers before the words. */
export function WarningText({ children }: { children: ReactNode }) {
  const { t } = useT();
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{t("page.warning")}</span> {children}
      </strong>
    </div>
  );
}
