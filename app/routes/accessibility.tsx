import type { MetaFunction } from "@remix-run/node";
import { useRootData } from "~/root";

export const meta: MetaFunction = () => [{ title: "Accessibility statement" }];

export default function Accessibility() {
  const data = useRootData();
  const area = data?.area.areaName ?? "our local area";
  const contact = data?.area.contactEmail ?? "";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Accessibility statement</h1>
        <p className="govuk-body">
          This statement is about {area} Coproduce. We want as many people as possible to be able to use it. You should
          be able to:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>get around the whole site using just a keyboard</li>
          <li>use it with a screen reader, such as NVDA, JAWS or VoiceOver</li>
          <li>use it with JavaScript turned off</li>
          <li>change colours, contrast and fonts using your browser or device settings</li>
        </ul>
        <p className="govuk-body">We have written the text to be as simple as we can.</p>
        <h2 className="govuk-heading-m">How accessible this website is</h2>
        <p className="govuk-body">
          We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. Every page is checked
          by automated accessibility tests each time we change the website. Automated tests do not find every problem,
          so please tell us about anything that is hard to use.
        </p>
        <h2 className="govuk-heading-m">Asking for information in a different format</h2>
        <p className="govuk-body">
          If you need information in a different format, like easy read, large print, audio or British Sign Language,
          email <a className="govuk-link" href={`mailto:${contact}`}>{contact}</a>. We will reply within 5 working days.
        </p>
        <h2 className="govuk-heading-m">Reporting problems</h2>
        <p className="govuk-body">
          If you find a problem that is not listed here, or you think we are not meeting accessibility requirements,
          email <a className="govuk-link" href={`mailto:${contact}`}>{contact}</a>.
        </p>
        <h2 className="govuk-heading-m">Enforcement procedure</h2>
        <p className="govuk-body">
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies
          (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we
          respond to your complaint, contact the Equality Advisory and Support Service (EASS).
        </p>
      </div>
    </div>
  );
}
