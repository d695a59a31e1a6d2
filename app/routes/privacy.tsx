import type { MetaFunction } from "@remix-run/node";
import { useRootData } from "~/root";

export const meta: MetaFunction = () => [{ title: "Privacy notice" }];

export default function Privacy() {
  const data = useRootData();
  const area = data?.area.areaName ?? "our local area";
  const contact = data?.area.contactEmail ?? "";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Privacy notice</h1>
        <p className="govuk-body">
          This notice explains how {area} Coproduce uses information about you. It is run by the council and its health
          partners with the parent carer forum, to plan services for children and young people with special educational
          needs and disabilities (SEND) together with families.
        </p>
        <h2 className="govuk-heading-m">What we collect</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>your name and email address, if you create an account or ask us to keep you updated</li>
          <li>what you tell us: suggestions, survey answers, comments and event registrations</li>
          <li>access needs you tell us about, so we can make events work for you</li>
        </ul>
        <h2 className="govuk-heading-m">How we use it</h2>
        <p className="govuk-body">
          We use what you tell us to improve SEND services and to tell you what happened as a result. We never publish
          your name, your email address or your own words. Anything we publish is written by an officer in general
          words, with personal details taken out.
        </p>
        <p className="govuk-body">
          If something you tell us makes us worried about a child or young person’s safety, we will pass it to the
          people whose job is to keep children safe.
        </p>
        <h2 className="govuk-heading-m">Children and young people</h2>
        <p className="govuk-body">
          Young people aged 13 and over can create an account. If you are under 13, ask a parent or carer to help you,
          or tell us what you think without leaving your contact details.
        </p>
        <h2 className="govuk-heading-m">Your rights</h2>
        <p className="govuk-body">
          You can ask to see the information we hold about you, ask us to correct it, or ask us to delete it. Email{" "}
          <a className="govuk-link" href={`mailto:${contact}`}>{contact}</a>. You can also complain to the Information
          Commissioner’s Office (ICO).
        </p>
        <h2 className="govuk-heading-m">Cookies</h2>
        <p className="govuk-body">
          We use a cookie to keep you signed in; it is deleted when you sign out. If you say “me too” to a suggestion
          without signing in, a second cookie remembers that this browser has already said it, so it is counted once. We
          do not use cookies to track you.
        </p>
      </div>
    </div>
  );
}
