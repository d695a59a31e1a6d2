import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, Textarea, failureOf, useSavedKey, PostForm } from "~/components/form";
import { BackLink } from "~/components/page";
import { RichTextField } from "~/components/rich-text-editor";
import { requirePermission } from "~/modules/auth/permissions.server";
import { documentForOfficer, publishDraft, saveDraft, setParticipationLevel, setPublicPage } from "~/modules/reviews/reviews.server";
import { ParticipationLevelField } from "~/components/participation";
import { PARTICIPATION_LEVELS } from "~db/schema/enums";
import { readRichTextField } from "~/modules/richtext/validate.server";
import { found, notFound, routeId } from "~/utils/query.server";
import { optionalChoice, parseForm, textField, invalid } from "~/utils/validation.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { linkPart, metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("manage.reviews.doc.metaTitle", { title: data.title }) : metaText("reviews.title") },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "review:manage");
  return json(found(documentForOfficer(routeId(params.id))));
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, "review:manage");
  const id = routeId(params.id);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const here = `/manage/reviews/${id}`;
  switch (intent) {
    case "draft": {
      const body = readRichTextField(formData, "body", translate("manage.reviews.field.body"));
      const summary = parseForm(
        formData,
        z.object({ changeSummary: textField(translate("manage.reviews.doc.changed"), { max: 1000, required: false, multiline: true }) }),
      );
      if (!body.ok || !summary.ok) return invalid(formData, { ...(body.ok ? {} : { body: body.message }), ...(summary.ok ? {} : summary.errors) });
      if (!saveDraft(id, body.doc, summary.data.changeSummary)) throw notFound();
      return redirectWithMessage(here, translate("manage.reviews.doc.flash.draft"));
    }
    case "publish": {
      const result = publishDraft(id);
      if (!result.ok) return invalid(formData, { changeSummary: result.message });
      return redirectWithMessage(here, translate("manage.reviews.doc.flash.published", { number: result.number, count: result.emailed }));
    }
    case "public": {
      const parsed = parseForm(
        formData,
        z.object({
          publicIntro: textField(translate("manage.reviews.doc.introName"), {
            max: 1000,
            multiline: true,
            required: translate("manage.reviews.doc.introRequired"),
          }),
        }),
      );
      if (!parsed.ok) return invalid(formData, parsed.errors);
      setPublicPage(id, parsed.data.publicIntro);
      return redirectWithMessage(here, translate("manage.reviews.doc.flash.public"));
    }
    case "level": {
      const parsed = parseForm(formData, z.object({ participationLevel: optionalChoice(PARTICIPATION_LEVELS, translate("groups.error.level")) }));
      if (!parsed.ok) return invalid(formData, parsed.errors);
      setParticipationLevel(id, parsed.data.participationLevel);
      return redirectWithMessage(here, translate("manage.reviews.doc.flash.level"));
    }
    case "private":
      setPublicPage(id, null);
      return redirectWithMessage(here, translate("manage.reviews.doc.flash.private"));
    default:
      return invalid(formData, { form: translate("groups.error.chooseWhat") });
  }
}

export default function ManageDocument() {
  const doc = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const next = doc.latest.number + 1;
  const { t, rich, lang } = useT();
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/manage/reviews">{t("manage.reviews.all")}</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{t("manage.reviews.doc.caption")}</span>
        <h1 className="govuk-heading-l">{doc.title}</h1>
        {doc.purpose ? <p className="govuk-body-l">{doc.purpose}</p> : null}

        <h2 className="govuk-heading-m">{t("manage.reviews.doc.rounds")}</h2>
        {doc.rounds.length ? (
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">{t("manage.reviews.doc.rounds")}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  {t("manage.reviews.doc.round")}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t("manage.reviews.doc.deadline")}
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {t("manage.reviews.doc.sent")}
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {t("manage.reviews.toAnswer")}
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {doc.rounds.map((r) => (
                <tr key={r.id} className="govuk-table__row">
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/manage/reviews/rounds/${r.id}`}>
                      {t("reviews.round.caption", { version: r.version })}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">
                    {formatDate(r.deadline, lang)}
                    {r.open ? "" : ` ${t("manage.reviews.doc.closed")}`}
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{t("manage.reviews.doc.of", { n: r.submitted, total: r.invited })}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {t("manage.reviews.doc.of", { n: r.unanswered, total: r.comments })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="govuk-body">{t("manage.reviews.doc.noRounds")}</p>
        )}
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to={`/manage/reviews/${doc.id}/rounds/new`}>
              {t("manage.reviews.invite.heading", { version: doc.latest.number })}
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={`/manage/reviews/${doc.id}/easy-read`}>
              {t("manage.reviews.doc.easyFor", { version: doc.latest.number })}
            </Link>
          </li>
          {doc.versions.length > 1 ? (
            <li>
              <Link className="govuk-link" to={`/reviews/${doc.id}/changes`}>
                {t("manage.reviews.doc.between")}
              </Link>
            </li>
          ) : null}
        </ul>

        <h2 className="govuk-heading-m">{t("manage.reviews.doc.versions")}</h2>
        <ul className="govuk-list">
          {doc.versions.map((v) => (
            <li key={v.number}>
              {t("manage.reviews.doc.versionLine", { number: v.number, date: formatDateTime(v.publishedAt, lang) })}
              {v.changeSummary ? `: ${v.changeSummary}` : ""}
            </li>
          ))}
        </ul>
        <PostForm intent="draft" noValidate>
          <h3 className="govuk-heading-s">{doc.draft ? t("manage.reviews.doc.draftOf", { next }) : t("manage.reviews.doc.write", { next })}</h3>
          <RichTextField name="body" label={t("manage.reviews.field.body")} doc={doc.draft?.body ?? doc.latest.body} />
          <Textarea
            name="changeSummary"
            label={t("manage.reviews.doc.changed")}
            hint={t("manage.reviews.doc.changed.hint")}
            rows={3}
            errors={failureOf(data, "draft").errors ?? failureOf(data, "publish").errors}
            defaultValue={doc.draft?.changeSummary ?? ""}
          />
          <Button secondary>{t("manage.groups.saveDraft")}</Button>
        </PostForm>
        {doc.draft ? (
          <Form method="post">
            <p className="govuk-body">{t("manage.reviews.doc.publishHint", { next })}</p>
            <Button name="intent" value="publish">
              {t("manage.reviews.doc.publish", { next })}
            </Button>
          </Form>
        ) : null}

        <PostForm intent="level" noValidate>
          <ParticipationLevelField defaultValue={doc.participationLevel} />
          <Button secondary>{t("manage.groups.save")}</Button>
        </PostForm>

        <h2 className="govuk-heading-m">{t("manage.reviews.publicPage")}</h2>
        {doc.publicSince ? (
          <>
            <p className="govuk-body">
              {rich("manage.reviews.doc.publishedOn", { date: formatDateTime(doc.publicSince, lang), link: linkPart(`/reviews/${doc.id}`) })}
            </p>
            <Form method="post">
              <Button secondary name="intent" value="private">
                {t("manage.reviews.doc.stop")}
              </Button>
            </Form>
          </>
        ) : (
          <p className="govuk-body">{t("manage.reviews.doc.canPublish")}</p>
        )}
        <PostForm intent="public" noValidate>
          <Textarea name="publicIntro" label={t("manage.reviews.doc.intro")} rows={3} defaultValue={doc.publicIntro} />
          <Button secondary>{doc.publicSince ? t("manage.reviews.doc.update") : t("manage.reviews.doc.publishPublic")}</Button>
        </PostForm>
      </div>
    </div>
  );
}
