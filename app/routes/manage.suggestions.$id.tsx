import { Fragment } from "react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { SUGGESTION_STATUSES } from "~db/schema/enums";
import { ActionPicker } from "~/components/action-picker";
import { Button, Checkboxes, ErrorSummary, Radios, Select, Textarea, TextInput, failureOf, useSavedKey, PostForm } from "~/components/form";
import { BackLink } from "~/components/page";
import { WillBeTold } from "~/components/told";
import { toBeTold } from "~/modules/feedback/told.server";
import { CONTRIBUTOR_KIND_LABELS, SUGGESTION_STATUS, SuggestionStatusTag } from "~/components/status";
import { Timeline } from "~/components/suggestion";
import { requirePermission } from "~/modules/auth/permissions.server";
import { parseReference } from "~/modules/feedback/reference";
import {
  assign,
  changeStatus,
  linkToActions,
  markSafeguarding,
  setEasyReadOutcome,
  merge,
  publish,
  setEnglishRendering,
  setPublicWording,
  setTopic,
  unpublish,
} from "~/modules/feedback/changes.server";
import { getSuggestionForOfficer, listAssignees, suggestionExists } from "~/modules/feedback/triage.server";
import { listTopics } from "~/modules/feedback/topics.server";
import { NEXT_STATUSES } from "~/modules/feedback/statuses";
import { sendBack, signOffHistory } from "~/modules/feedback/sign-off.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { ReadingAge } from "~/components/readability";
import { listActionChoices } from "~/modules/strategy/strategy.server";
import { invalid, parseForm, searchedOnly, textField } from "~/utils/validation.server";
import { found, notFound, routeId } from "~/utils/query.server";
import { formatDateTime } from "~/utils/dates";
import { ACTIVITY_NAME_KEYS } from "~/modules/activities/activity";
import { redirectWithMessage } from "~/utils/flash.server";
import { linkPart, metaText, useT, languageName } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";
import { fieldOf, translationsOf } from "~/modules/i18n/content.server";
import { LANGUAGES } from "~/modules/i18n/languages";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("triage.page.metaTitle", { reference: data.suggestion.reference }) : metaText("manage.dashboard.triage") },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "suggestion:triage");
  const suggestion = found(getSuggestionForOfficer(routeId(params.id)));
  const { jointSignOff } = getAreaSettings();
  return json({
    suggestion,
    actions: listActionChoices(),
    assignees: listAssignees(),
    topics: listTopics(),
    jointSignOff,
    signOffs: signOffHistory(suggestion.id),
    told: toBeTold(suggestion.id),
    translations: translationsOf("suggestion", suggestion.id).map((tr) => ({ ...tr, fieldKey: fieldOf("suggestion", tr.field)!.label })),
  });
}

// Functions, so the client bundle (which has no server modules) never builds them.
const schemas = {
  wording: () =>
    z.object({
      publicWording: textField(translate("triage.bulk.wordingName"), {
        max: 1000,
        required: translate("triage.page.wordingRequired"),
        multiline: true,
      }),
    }),
  english: () => z.object({ bodyEnglish: textField(translate("triage.page.englishName"), { max: 5000, required: false, multiline: true }) }),
  actions: () =>
    z.object({
      actions: z.preprocess(
        (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
        z.array(z.coerce.number().int().positive(translate("groups.error.actions"))),
      ),
    }),
  assign: () => z.object({ assignee: z.preprocess((v) => (v === "" ? null : v), z.string().max(40).nullable()) }),
  status: () =>
    z.object({
      status: z.enum(SUGGESTION_STATUSES, { message: translate("triage.bulk.statusRequired") }),
      note: textField(translate("triage.bulk.noteName"), { max: 2000, required: false, multiline: true }),
      outcome: textField(translate("triage.bulk.outcomeName"), { max: 3000, required: false, multiline: true }),
      // Named apart from the easy-read form's field: both can be on the page at once.
      statusEasyRead: textField(translate("triage.page.easyName"), { max: 3000, required: false, multiline: true }),
    }),
  easyRead: () => z.object({ outcomeEasyRead: textField(translate("triage.page.easyName"), { max: 3000, required: false, multiline: true }) }),
  withdraw: () =>
    z.object({
      comment: textField(translate("triage.page.withdrawName"), {
        max: 2000,
        required: translate("triage.page.withdrawRequired"),
        multiline: true,
      }),
    }),
  merge: () =>
    z.object({
      into: textField(translate("manage.dashboard.reference"), { max: 20, required: translate("triage.page.intoRequired") }),
      mergeNote: textField(translate("triage.bulk.noteName"), { max: 2000, required: false, multiline: true }),
    }),
  safeguarding: () => z.object({ safeguardingConfirm: z.literal("yes", { message: translate("triage.page.confirmConcern") }) }),
};

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "suggestion:triage");
  const id = routeId(params.id);
  if (!suggestionExists(id)) throw notFound();
  const formData = await request.formData();
  const searched = searchedOnly(formData);
  if (searched) return searched;
  const intent = String(formData.get("intent") ?? "");
  const done = (what: keyof typeof DONE) => redirectWithMessage(`/manage/suggestions/${id}`, translate(DONE[what]));

  switch (intent) {
    case "english": {
      const parsed = parseForm(formData, schemas.english());
      if (!parsed.ok) return invalid(formData, parsed.errors);
      setEnglishRendering(id, parsed.data.bodyEnglish);
      return done("english");
    }
    case "wording": {
      const parsed = parseForm(formData, schemas.wording());
      if (!parsed.ok) return invalid(formData, parsed.errors);
      setPublicWording(id, parsed.data.publicWording, officer.id);
      return done("wording");
    }
    case "actions": {
      const parsed = parseForm(formData, schemas.actions());
      const known = new Set(listActionChoices().map((a) => a.id));
      if (!parsed.ok || parsed.data.actions.some((a) => !known.has(a))) return invalid(formData, { actions: translate("groups.error.actions") });
      linkToActions(id, Array.from(new Set(parsed.data.actions)), officer.id);
      return done("actions");
    }
    case "topic": {
      const raw = String(formData.get("topic") ?? "");
      const topicId = raw === "" ? null : Number(raw);
      if (topicId !== null && !listTopics().some((t) => t.id === topicId))
        return invalid(formData, { topic: translate("triage.bulk.topicFromList") });
      setTopic(id, topicId, officer.id);
      return done("topic");
    }
    case "assign": {
      const parsed = parseForm(formData, schemas.assign());
      if (!parsed.ok || (parsed.data.assignee && !listAssignees().some((a) => a.id === parsed.data.assignee)))
        return invalid(formData, { assignee: translate("triage.bulk.officerFromList") });
      assign(id, parsed.data.assignee, officer.id);
      return done("assigned");
    }
    case "status": {
      const parsed = parseForm(formData, schemas.status());
      if (!parsed.ok) return invalid(formData, parsed.errors);
      const { statusEasyRead, ...change } = parsed.data;
      const result = changeStatus({ id, ...change, outcomeEasyRead: statusEasyRead, officerId: officer.id });
      if (!result.ok) return invalid(formData, { [result.field]: result.message });
      return done(result.awaitingForum ? "proposed" : "status");
    }
    case "easyRead": {
      const parsed = parseForm(formData, schemas.easyRead());
      if (!parsed.ok) return invalid(formData, parsed.errors);
      const result = setEasyReadOutcome(id, parsed.data.outcomeEasyRead, officer.id);
      if (!result.ok) return invalid(formData, { [result.field]: result.message });
      return done("easyRead");
    }
    case "withdraw": {
      const parsed = parseForm(formData, schemas.withdraw());
      if (!parsed.ok) return invalid(formData, parsed.errors);
      const waiting = signOffHistory(id).find((p) => p.state === "awaiting_forum");
      if (!waiting) return invalid(formData, { comment: translate("triage.page.noneWaiting") });
      const result = sendBack(waiting.id, officer, "officer", parsed.data.comment);
      if (!result.ok) return invalid(formData, { comment: result.message });
      return done("withdrawn");
    }
    case "publish": {
      const result = publish(id, officer.id);
      if (!result.ok) return invalid(formData, { [result.field === "publicWording" ? "publicWording" : "publish"]: result.message });
      return done("published");
    }
    case "unpublish":
      unpublish(id, officer.id);
      return done("unpublished");
    case "safeguarding": {
      const parsed = parseForm(formData, schemas.safeguarding());
      if (!parsed.ok) return invalid(formData, parsed.errors);
      markSafeguarding(id, officer);
      return done("safeguarding");
    }
    case "merge": {
      const parsed = parseForm(formData, schemas.merge());
      if (!parsed.ok) return invalid(formData, parsed.errors);
      const intoId = parseReference(parsed.data.into);
      if (!intoId) return invalid(formData, { into: translate("triage.page.referenceLike") });
      const result = merge({ id, intoId, note: parsed.data.mergeNote, officerId: officer.id });
      if (!result.ok) return invalid(formData, { into: result.message });
      return done("merged");
    }
    default:
      return invalid(formData, { form: translate("groups.error.chooseWhat") });
  }
}

const DONE = {
  wording: "triage.done.wording",
  english: "triage.done.english",
  actions: "triage.done.actions",
  assigned: "triage.done.assigned",
  topic: "triage.done.topic",
  status: "triage.done.status",
  proposed: "triage.done.proposed",
  withdrawn: "triage.done.withdrawn",
  easyRead: "triage.done.easyRead",
  published: "triage.done.published",
  unpublished: "triage.done.unpublished",
  safeguarding: "triage.done.safeguarding",
  merged: "triage.done.merged",
} as const;

export default function Triage() {
  const { t, rich, lang } = useT();
  const { suggestion: s, actions, assignees, topics, jointSignOff, signOffs, translations, told } = useLoaderData<typeof loader>();
  const waiting = signOffs.find((p) => p.state === "awaiting_forum");
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const closed = s.status === "merged";
  const published = Boolean(s.publishedAt);
  return (
    <Fragment key={formsKey}>
      <BackLink to="/manage/suggestions">{t("manage.dashboard.triage")}</BackLink>
      <ErrorSummary />
      <span className="govuk-caption-l">
        {s.reference} · {t(ACTIVITY_NAME_KEYS[s.originKind])}
      </span>
      <h1 className="govuk-heading-l">{t("triage.page.heading", { reference: s.reference })}</h1>
      <p className="govuk-body">
        <SuggestionStatusTag status={s.status} />{" "}
        {published ? (
          <strong className="govuk-tag govuk-tag--green">{t("triage.page.published")}</strong>
        ) : (
          <strong className="govuk-tag govuk-tag--grey">{t("triage.page.notPublished")}</strong>
        )}{" "}
        {s.safeguarding ? <strong className="govuk-tag govuk-tag--red">{t("triage.page.concern")}</strong> : null}{" "}
        {s.overdue ? <strong className="govuk-tag govuk-tag--red">{t("manage.dashboard.overdueHeading")}</strong> : null}{" "}
        {waiting ? <strong className="govuk-tag govuk-tag--yellow">{t("triage.queue.waitingForum")}</strong> : null}
        {published && s.outcome && !s.outcomeEasyRead ? <strong className="govuk-tag govuk-tag--yellow">{t("triage.page.noEasy")}</strong> : null}
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">{t("triage.page.said")}</h2>
          <div className="govuk-inset-text app-original" lang={LANGUAGES[s.language].htmlLang} dir={LANGUAGES[s.language].dir}>
            {s.body}
          </div>
          {s.language !== "en" || s.bodyEnglish ? (
            <PostForm intent="english" noValidate>
              <Textarea
                name="bodyEnglish"
                label={t("triage.page.english")}
                hint={t("triage.page.english.hint", { language: languageName(t, s.language) })}
                rows={4}
                defaultValue={s.bodyEnglish}
              />
              <Button secondary>{t("triage.page.saveEnglish")}</Button>
            </PostForm>
          ) : null}
          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t("triage.page.received")}</dt>
              <dd className="govuk-summary-list__value">
                {t("triage.page.receivedWhen", {
                  when: formatDateTime(s.createdAt, lang),
                  count: s.waited,
                  responded: s.firstResponseAt ? "yes" : "no",
                })}
              </dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t("manage.event.who")}</dt>
              <dd className="govuk-summary-list__value">
                {t(CONTRIBUTOR_KIND_LABELS[s.contributorKind])}
                {s.contributorName ? `: ${s.contributorName}` : ""}
              </dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t("triage.page.language")}</dt>
              <dd className="govuk-summary-list__value">
                <span lang={LANGUAGES[s.language].htmlLang}>{LANGUAGES[s.language].name}</span>
                {s.language === "en" ? "" : ` ${t("triage.page.emailsIn")}`}
              </dd>
            </div>
            {translations.length ? (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t("manage.translations.title")}</dt>
                <dd className="govuk-summary-list__value">
                  <ul className="govuk-list">
                    {translations.map((tr) => (
                      <li key={`${tr.lang}-${tr.field}`}>
                        <span lang={LANGUAGES[tr.lang].htmlLang}>{LANGUAGES[tr.lang].name}</span>,{" "}
                        {t("triage.page.providedBy", { field: t(tr.fieldKey).toLowerCase(), name: tr.providedBy })}
                        {tr.current ? "" : ` ${t("triage.page.outOfDate")}`}
                      </li>
                    ))}
                  </ul>
                  <Link className="govuk-link" to="/manage/translations">
                    {t("manage.translations.title")}
                  </Link>
                </dd>
              </div>
            ) : null}
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t("triage.page.email")}</dt>
              <dd className="govuk-summary-list__value">{s.contributorEmail ?? t("triage.page.noneGiven")}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t("manage.dashboard.topic")}</dt>
              <dd className="govuk-summary-list__value">{s.topic ?? t("triage.queue.notSure")}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t("triage.page.meToo")}</dt>
              <dd className="govuk-summary-list__value">{s.supporterCount}</dd>
            </div>
            {s.sourceUrl ? (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t("triage.queue.cameFrom")}</dt>
                <dd className="govuk-summary-list__value">
                  <a className="govuk-link" href={s.sourceUrl}>
                    {s.sourceUrl}
                  </a>
                </dd>
              </div>
            ) : null}
            {s.mergedInto ? (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t("triage.page.mergedInto")}</dt>
                <dd className="govuk-summary-list__value">
                  <Link className="govuk-link" to={`/manage/suggestions/${s.mergedIntoId}`}>
                    {s.mergedInto}
                  </Link>
                </dd>
              </div>
            ) : null}
          </dl>

          {closed ? null : (
            <>
              <PostForm intent="wording" noValidate>
                <Textarea
                  name="publicWording"
                  label={t("triage.bulk.wordingName")}
                  labelClass="govuk-label--m"
                  hint={t("triage.page.wording.hint")}
                  rows={3}
                  errors={failureOf(data, "wording").errors ?? failureOf(data, "publish").errors}
                  defaultValue={s.publicWording}
                />
                <Button secondary>{t("triage.page.saveWording")}</Button>
              </PostForm>

              <h2 className="govuk-heading-m">{t("triage.page.publishing")}</h2>
              {s.safeguarding ? (
                <p className="govuk-body">{t("triage.page.neverPublished")}</p>
              ) : published ? (
                <Form method="post">
                  <p className="govuk-body">{rich("triage.page.onBoard", { link: linkPart(`/you-said-we-did/${s.id}`) })}</p>
                  <Button secondary name="intent" value="unpublish">
                    {t("triage.page.unpublish")}
                  </Button>
                </Form>
              ) : (
                <Form method="post">
                  <p className="govuk-body">{t("triage.page.notPublic")}</p>
                  <Button name="intent" value="publish">
                    {t("triage.page.publish")}
                  </Button>
                </Form>
              )}

              {s.outcome ? (
                <PostForm intent="easyRead" noValidate>
                  <h2 className="govuk-heading-m">{t("triage.page.easyName")}</h2>
                  <p className="govuk-body">{t("triage.page.outcomeNow", { outcome: s.outcome })}</p>
                  <Textarea
                    name="outcomeEasyRead"
                    label={t("triage.page.sameEasy")}
                    hint={t("triage.page.sameEasy.hint")}
                    rows={3}
                    defaultValue={s.outcomeEasyRead}
                  />
                  <ReadingAge name="outcomeEasyRead" text={s.outcomeEasyRead} easyRead />
                  <Button secondary>{t("triage.page.saveEasy")}</Button>
                </PostForm>
              ) : null}

              <h2 className="govuk-heading-m">{t("triage.page.changeStatus")}</h2>
              {waiting ? (
                <>
                  <div className="govuk-inset-text">
                    <p className="govuk-body">
                      {t("triage.page.proposed", {
                        name: waiting.officerName,
                        status: t(SUGGESTION_STATUS[waiting.status].labelKey),
                        when: formatDateTime(waiting.officerAgreedAt, lang),
                      })}
                    </p>
                    <p className="govuk-body">“{waiting.outcome}”</p>
                  </div>
                  <PostForm intent="withdraw" noValidate>
                    <Textarea name="comment" label={t("triage.page.withdraw")} hint={t("triage.page.withdraw.hint")} rows={2} />
                    <Button secondary>{t("triage.page.withdrawButton")}</Button>
                  </PostForm>
                </>
              ) : (
                <PostForm intent="status" noValidate>
                  {jointSignOff ? <p className="govuk-body">{t("triage.page.jointOn")}</p> : null}
                  <Radios
                    name="status"
                    legend={t("triage.bulk.status")}
                    options={NEXT_STATUSES[s.status].map((status) => ({ value: status, label: t(SUGGESTION_STATUS[status].labelKey) }))}
                  />
                  <Textarea name="note" label={t("triage.bulk.noteName")} hint={t("triage.page.note.hint")} rows={3} />
                  <Textarea name="outcome" label={t("triage.bulk.outcome")} hint={t("triage.page.outcome.hint")} rows={3} defaultValue={s.outcome} />
                  <ReadingAge name="outcome" text={s.outcome} />
                  <Textarea
                    name="statusEasyRead"
                    label={t("triage.page.easyOptional")}
                    hint={t("triage.page.easyOptional.hint")}
                    rows={3}
                    defaultValue={s.outcomeEasyRead}
                  />
                  <ReadingAge name="statusEasyRead" text={s.outcomeEasyRead} easyRead />
                  <WillBeTold told={told} />
                  <Button>{jointSignOff ? t("triage.page.changeOrPropose") : t("triage.page.changeStatus")}</Button>
                </PostForm>
              )}
              {signOffs.length ? (
                <>
                  <h3 className="govuk-heading-s">{t("triage.page.signOffRecord")}</h3>
                  <ul className="govuk-list govuk-list--bullet">
                    {signOffs.map((p) => (
                      <li key={p.id}>
                        {t("triage.page.proposal", {
                          outcome: p.outcome,
                          status: t(SUGGESTION_STATUS[p.status].labelKey),
                          name: p.officerName,
                          when: formatDateTime(p.officerAgreedAt, lang),
                        })}
                        {p.state === "agreed" && p.forumAgreedAt
                          ? t("triage.page.agreedBy", { name: p.forumName ?? t("triage.page.theForum"), when: formatDateTime(p.forumAgreedAt, lang) })
                          : ""}
                        {p.state === "sent_back" && p.sentBackAt
                          ? t("triage.page.sentBack", { name: p.sentBackBy ?? "", when: formatDateTime(p.sentBackAt, lang), comment: p.comment })
                          : ""}
                        {p.state === "awaiting_forum" ? t("triage.page.waitingForum") : ""}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}

              <PostForm intent="actions" noValidate>
                <ActionPicker
                  name="actions"
                  legend={<h2 className="govuk-fieldset__heading">{t("triage.page.actions")}</h2>}
                  legendClass="govuk-fieldset__legend--m"
                  actions={actions}
                  defaultValues={s.actions.map((a) => String(a.id))}
                />
                <Button secondary>{t("triage.page.saveActions")}</Button>
              </PostForm>
            </>
          )}
          <h2 className="govuk-heading-m">{t("triage.page.timeline")}</h2>
          <Timeline entries={s.timeline} showPrivate />
        </div>
        <div className="govuk-grid-column-one-third">
          {closed ? null : (
            <>
              <PostForm intent="assign" noValidate>
                <Select
                  name="assignee"
                  label={t("manage.dashboard.assigned")}
                  labelClass="govuk-label--s"
                  options={[{ value: "", label: t("manage.dashboard.nobody") }, ...assignees.map((a) => ({ value: a.id, label: a.name }))]}
                  defaultValue={s.assigneeId ?? ""}
                />
                <Button secondary>{t("triage.page.assign")}</Button>
              </PostForm>
              <PostForm intent="topic" noValidate>
                <Select
                  name="topic"
                  label={t("manage.dashboard.topic")}
                  labelClass="govuk-label--s"
                  options={[
                    { value: "", label: t("triage.queue.notSure") },
                    ...topics.map((topic) => ({ value: String(topic.id), label: topic.name })),
                  ]}
                  defaultValue={s.topicId ? String(s.topicId) : ""}
                />
                <Button secondary>{t("triage.page.saveTopic")}</Button>
              </PostForm>
              <h2 className="govuk-heading-s">{t("triage.page.similar")}</h2>
              {s.similar.length ? (
                <ul className="govuk-list">
                  {s.similar.map((other) => (
                    <li key={other.id}>
                      <Link className="govuk-link" to={`/manage/suggestions/${other.id}`}>
                        {other.reference}
                      </Link>{" "}
                      <SuggestionStatusTag status={other.status} />
                      <br />
                      <span className="govuk-body-s">{other.body.slice(0, 160)}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="govuk-body-s">{t("triage.page.noneFound")}</p>
              )}
              <PostForm intent="merge" noValidate>
                <h2 className="govuk-heading-s">{t("triage.page.merge")}</h2>
                <TextInput name="into" label={t("triage.page.keep")} hint={t("triage.page.keep.hint")} widthClass="govuk-input--width-10" />
                <Textarea name="mergeNote" label={t("triage.page.mergeNote")} rows={2} />
                <Button secondary>{t("triage.page.mergeButton")}</Button>
              </PostForm>
              {s.safeguarding ? null : (
                <PostForm intent="safeguarding" noValidate>
                  <h2 className="govuk-heading-s">{t("manage.dashboard.safeguarding")}</h2>
                  <Checkboxes
                    name="safeguardingConfirm"
                    legend={t("triage.page.isConcern")}
                    hint={t("triage.page.isConcern.hint")}
                    options={[{ value: "yes", label: t("triage.page.isConcern.yes") }]}
                  />
                  <Button warning>{t("triage.page.markConcern")}</Button>
                </PostForm>
              )}
            </>
          )}
        </div>
      </div>
    </Fragment>
  );
}
