import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { mayUseDevelopmentTools } from "~/config.server";
import { listMailbox } from "~/modules/notifications/outbox.server";
import { smsSegments } from "~/modules/notifications/segments";
import { notFound } from "~/utils/query.server";
import { formatDateTime } from "~/utils/dates";
import { metaText, useT } from "~/components/i18n";

// With no SMTP server set, emails are kept here so a newcomer can follow the
// links in them; so are text messages without GOV.UK Notify. It exists only for the demo served on this machine alone (see config.server.ts).

export const meta: MetaFunction = () => [{ title: metaText("mailbox.title") }];

export function loader({ request, context }: LoaderFunctionArgs) {
  if (!mayUseDevelopmentTools(request, context.clientIp)) throw notFound();
  return json({
    messages: listMailbox().map(({ attachments, ...m }) => ({
      ...m,
      attachments: (JSON.parse(attachments) as { filename: string }[]).map((a) => a.filename),
      // How many text messages a phone network would count it as.
      segments: m.channel === "sms" ? smsSegments(m.textBody) : 0,
    })),
  });
}

const URL_PATTERN = /(https?:\/\/[^\s]+)/g;

function Linkified({ text }: { text: string }) {
  return (
    <>
      {text.split(URL_PATTERN).map((part, index) =>
        index % 2 === 1 ? (
          <a className="govuk-link" href={part} key={index}>
            {part}
          </a>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}

export default function Mailbox() {
  const { messages } = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  return (
    <>
      <h1 className="govuk-heading-l">{t("mailbox.title")}</h1>
      <p className="govuk-body">{t("mailbox.lead")}</p>
      {messages.length === 0 ? <p className="govuk-body">{t("mailbox.none")}</p> : null}
      {messages.map((message) => (
        <section key={message.id} className="govuk-!-margin-bottom-8" aria-labelledby={`message-${message.id}`}>
          <h2 className="govuk-heading-m" id={`message-${message.id}`}>
            {message.subject}
          </h2>
          <p className="govuk-body-s">
            {message.channel === "sms"
              ? t("mailbox.textTo", { to: message.toAddress, segments: message.segments })
              : t("mailbox.to", { to: message.toAddress })}
            {message.sentAt ? `, ${formatDateTime(message.sentAt, lang)}` : ""}
          </p>
          <pre className="app-mail">
            <Linkified text={message.textBody} />
          </pre>
          {message.attachments.length ? (
            <ul className="govuk-list">
              {message.attachments.map((a, index) => (
                <li key={a}>
                  {t("mailbox.attachment")}{" "}
                  <a className="govuk-link" href={`/dev/mailbox/${message.id}/${index}`}>
                    {a}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </>
  );
}
