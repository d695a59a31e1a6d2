import { Form, useLocation } from "@remix-run/react";
import { useT } from "./i18n";

/** The button that turns easy read on or off; it comes back to the same page. */
export function EasyReadSwitch({ easy }: { easy: boolean }) {
  const location = useLocation();
  const { t } = useT();
  return (
    <Form method="post" action="/easy-read" className="app-easy-read-switch">
      <input type="hidden" name="back" value={`${location.pathname}${location.search}`} />
      <input type="hidden" name="easyRead" value={easy ? "off" : "on"} />
      <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-4">
        {easy ? t("easyRead.off") : t("easyRead.on")}
      </button>
    </Form>
  );
}

/** The easy-read version where there is one and the visitor asked for easy read; otherwise the standard text. */
export function easyReadOr(easy: boolean, standard: string, easyRead: string | null | undefined): { text: string; easyRead: boolean } {
  return easy && easyRead ? { text: easyRead, easyRead: true } : { text: standard, easyRead: false };
}
