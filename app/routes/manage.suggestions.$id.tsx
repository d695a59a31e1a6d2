import { Fragment } from "react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { SUGGESTION_STATUSES } from "~db/schema/enums";
import { ActionPicker } from "~/components/action-picker";
import { Button, Checkboxes, ErrorSummary, Radios, Select, Textarea, TextInput, failureOf, useSavedKey, PostForm } from "~/components/form";
import { BackLink } from "~/components/page";
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
import { ACTIVITY_NAMES } from "~/modules/activities/activity";
import { redirectWithMessage } from "~/utils/flash.server";
import { useT } from "~/components/i18n";
import { translationsOf } from "~/modules/i18n/content.server";
import { LANGUAGES } from "~/modules/i18n/languages";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.suggestion.reference}: triage` : "Triage" }];

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
    translations: translationsOf("suggestion", suggestion.id),
  });
}

// Functions, so the client bundle (which has no server modules) never builds them.
const schemas = {
  wording: () => z.object({ publicWording: textField("Public wording", { max: 1000, required: "Write the public wording", multiline: true }) }),
  english: () => z.object({ bodyEnglish: textField("The English rendering", { max: 5000, required: false, multiline: true }) }),
  actions: () =>
    z.object({
      actions: z.preprocess(
        (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
        z.array(z.coerce.number().int().positive("Choose actions from the list")),
      ),
    }),
  assign: () => z.object({ assignee: z.preprocess((v) => (v === "" ? null : v), z.string().max(40).nullable()) }),
  status: () =>
    z.object({
      status: z.enum(SUGGESTION_STATUSES, { message: "Choose the new status" }),
      note: textField("Public note", { max: 2000, required: false, multiline: true }),
      outcome: textField("Outcome", { max: 3000, required: false, multiline: true }),
      // Named apart from the easy-read form's field: both can be on the page at once.
      statusEasyRead: textField("Easy-read outcome", { max: 3000, required: false, multiline: true }),
    }),
  easyRead: () => z.object({ outcomeEasyRead: textField("Easy-read outcome", { max: 3000, required: false, multiline: true }) }),
  withdraw: () =>
    z.object({
      comment: textField("Why you are withdrawing it", {
        max: 2000,
        required: "Say why you are withdrawing it, so the forum knows",
        multiline: true,
      }),
    }),
  merge: () =>
    z.object({
      into: textField("Reference", { max: 20, required: "Enter the reference of the suggestion to merge into, like YS-0042" }),
      mergeNote: textField("Public note", { max: 2000, required: false, multiline: true }),
    }),
  safeguarding: () => z.object({ safeguardingConfirm: z.literal("yes", { message: "Tick the box to confirm this is a safeguarding concern" }) }),
};

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "suggestion:triage");
  const id = routeId(params.id);
  if (!suggestionExists(id)) throw notFound();
  const formData = await request.formData();
  const searched = searchedOnly(formData);
  if (searched) return searched;
  const intent = String(formData.get("intent") ?? "");
  const done = (what: keyof typeof DONE) => redirectWithMessage(`/manage/suggestions/${id}`, DONE[what]);

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
      if (!parsed.ok || parsed.data.actions.some((a) => !known.has(a))) return invalid(formData, { actions: "Choose actions from the list" });
      linkToActions(id, Array.from(new Set(parsed.data.actions)), officer.id);
      return done("actions");
    }
    case "topic": {
      const raw = String(formData.get("topic") ?? "");
      const topicId = raw === "" ? null : Number(raw);
      if (topicId !== null && !listTopics().some((t) => t.id === topicId)) return invalid(formData, { topic: "Choose a topic from the list" });
      setTopic(id, topicId, officer.id);
      return done("topic");
    }
    case "assign": {
      const parsed = parseForm(formData, schemas.assign());
      if (!parsed.ok || (parsed.data.assignee && !listAssignees().some((a) => a.id === parsed.data.assignee)))
        return invalid(formData, { assignee: "Choose an officer from the list" });
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
      if (!waiting) return invalid(formData, { comment: "No outcome is waiting for the forum" });
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
      if (!intoId) return invalid(formData, { into: "Enter a reference like YS-0042" });
      const result = merge({ id, intoId, note: parsed.data.mergeNote, officerId: officer.id });
      if (!result.ok) return invalid(formData, { into: result.message });
      return done("merged");
    }
    default:
      return invalid(formData, { form: "Choose what to do" });
  }
}

const DONE = {
  wording: "Public wording saved.",
  english: "English rendering saved. It is private, like the original.",
  actions: "Strategy actions saved.",
  assigned: "Assignment saved.",
  topic: "Topic saved.",
  status: "Status changed. Everyone following it will be emailed.",
  proposed: "Outcome proposed. It will be published, and everyone following it emailed, when the parent carer forum agrees it.",
  withdrawn: "Outcome withdrawn. The forum can see your comment; you can propose a new one.",
  easyRead: "Easy-read outcome saved.",
  published: "Published on the “You said, we did” board.",
  unpublished: "Taken off the public board.",
  safeguarding: "Marked as a safeguarding concern. The safeguarding contact has been emailed a link.",
  merged: "Merged. Its contributor and supporters now follow the other suggestion and have been told.",
} as const;

export default function Triage() {
  const { t } = useT();
  const { suggestion: s, actions, assignees, topics, jointSignOff, signOffs, translations } = useLoaderData<typeof loader>();
  const waiting = signOffs.find((p) => p.state === "awaiting_forum");
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const closed = s.status === "merged";
  const published = Boolean(s.publishedAt);
  return (
    <Fragment key={formsKey}>
      <BackLink to="/manage/suggestions">Suggestions to triage</BackLink>
      <ErrorSummary />
      <span className="govuk-caption-l">
        {s.reference} · {ACTIVITY_NAMES[s.originKind]}
      </span>
      <h1 className="govuk-heading-l">Triage {s.reference}</h1>
      <p className="govuk-body">
        <SuggestionStatusTag status={s.status} />{" "}
        {published ? (
          <strong className="govuk-tag govuk-tag--green">Published</strong>
        ) : (
          <strong className="govuk-tag govuk-tag--grey">Not published</strong>
        )}{" "}
        {s.safeguarding ? <strong className="govuk-tag govuk-tag--red">Safeguarding concern</strong> : null}{" "}
        {s.overdue ? <strong className="govuk-tag govuk-tag--red">Overdue</strong> : null}{" "}
        {waiting ? <strong className="govuk-tag govuk-tag--yellow">Outcome waiting for the forum</strong> : null}
        {published && s.outcome && !s.outcomeEasyRead ? <strong className="govuk-tag govuk-tag--yellow">No easy-read outcome</strong> : null}
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">What they said (private)</h2>
          <div className="govuk-inset-text app-original" lang={LANGUAGES[s.language].htmlLang} dir={LANGUAGES[s.language].dir}>
            {s.body}
          </div>
          {s.language !== "en" || s.bodyEnglish ? (
            <PostForm intent="english" noValidate>
              <Textarea
                name="bodyEnglish"
                label="In English (private)"
                hint={`Written in ${LANGUAGES[s.language].name}. An English rendering for analysis; it is private, like the original, and never published.`}
                rows={4}
                defaultValue={s.bodyEnglish}
              />
              <Button secondary>Save the English rendering</Button>
            </PostForm>
          ) : null}
          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Received</dt>
              <dd className="govuk-summary-list__value">
                {formatDateTime(s.createdAt)} ({s.waited} working days {s.firstResponseAt ? "to first response" : "waiting"})
              </dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Who</dt>
              <dd className="govuk-summary-list__value">
                {t(CONTRIBUTOR_KIND_LABELS[s.contributorKind])}
                {s.contributorName ? `: ${s.contributorName}` : ""}
              </dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Language</dt>
              <dd className="govuk-summary-list__value">
                <span lang={LANGUAGES[s.language].htmlLang}>{LANGUAGES[s.language].name}</span>
                {s.language === "en" ? "" : " (emails to them are in this language)"}
              </dd>
            </div>
            {translations.length ? (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Translations</dt>
                <dd className="govuk-summary-list__value">
                  <ul className="govuk-list">
                    {translations.map((tr) => (
                      <li key={`${tr.lang}-${tr.field}`}>
                        <span lang={LANGUAGES[tr.lang].htmlLang}>{LANGUAGES[tr.lang].name}</span>, {tr.field}: provided by {tr.providedBy}
                        {tr.current ? "" : " (out of date: the English has changed)"}
                      </li>
                    ))}
                  </ul>
                  <Link className="govuk-link" to="/manage/translations">
                    Translations
                  </Link>
                </dd>
              </div>
            ) : null}
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Email</dt>
              <dd className="govuk-summary-list__value">{s.contributorEmail ?? "None given"}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Topic</dt>
              <dd className="govuk-summary-list__value">{s.topic ?? "Not sure"}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">“Me too”</dt>
              <dd className="govuk-summary-list__value">{s.supporterCount}</dd>
            </div>
            {s.sourceUrl ? (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Came from</dt>
                <dd className="govuk-summary-list__value">
                  <a className="govuk-link" href={s.sourceUrl}>
                    {s.sourceUrl}
                  </a>
                </dd>
              </div>
            ) : null}
            {s.mergedInto ? (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Merged into</dt>
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
                  label="Public wording"
                  labelClass="govuk-label--m"
                  hint="What everyone will read. Plain words, no names or personal details. The original stays private."
                  rows={3}
                  errors={failureOf(data, "wording").errors ?? failureOf(data, "publish").errors}
                  defaultValue={s.publicWording}
                />
                <Button secondary>Save wording</Button>
              </PostForm>

              <h2 className="govuk-heading-m">Publishing</h2>
              {s.safeguarding ? (
                <p className="govuk-body">A safeguarding concern can never be published.</p>
              ) : published ? (
                <Form method="post">
                  <p className="govuk-body">
                    This is on the public board.{" "}
                    <Link className="govuk-link" to={`/you-said-we-did/${s.id}`}>
                      See it
                    </Link>
                    .
                  </p>
                  <Button secondary name="intent" value="unpublish">
                    Take it off the board
                  </Button>
                </Form>
              ) : (
                <Form method="post">
                  <p className="govuk-body">Nothing is public until you publish it with its public wording.</p>
                  <Button name="intent" value="publish">
                    Publish
                  </Button>
                </Form>
              )}

              {s.outcome ? (
                <PostForm intent="easyRead" noValidate>
                  <h2 className="govuk-heading-m">Easy-read outcome</h2>
                  <p className="govuk-body">The outcome now: “{s.outcome}”</p>
                  <Textarea
                    name="outcomeEasyRead"
                    label="The same outcome in easy read"
                    hint="Short sentences and everyday words, one idea per sentence. Shown to people who switch to easy read."
                    rows={3}
                    defaultValue={s.outcomeEasyRead}
                  />
                  <ReadingAge name="outcomeEasyRead" text={s.outcomeEasyRead} easyRead />
                  <Button secondary>Save easy-read outcome</Button>
                </PostForm>
              ) : null}

              <h2 className="govuk-heading-m">Change status</h2>
              {waiting ? (
                <>
                  <div className="govuk-inset-text">
                    <p className="govuk-body">
                      {waiting.officerName} proposed this outcome ({t(SUGGESTION_STATUS[waiting.status].labelKey)}) on{" "}
                      {formatDateTime(waiting.officerAgreedAt)}. It is waiting for the parent carer forum to agree it; until then nothing changes
                      publicly.
                    </p>
                    <p className="govuk-body">“{waiting.outcome}”</p>
                  </div>
                  <PostForm intent="withdraw" noValidate>
                    <Textarea name="comment" label="Withdraw it: why?" hint="The forum will see this. You can then propose a new outcome." rows={2} />
                    <Button secondary>Withdraw the outcome</Button>
                  </PostForm>
                </>
              ) : (
                <PostForm intent="status" noValidate>
                  {jointSignOff ? (
                    <p className="govuk-body">
                      Joint sign-off is on: a “done” or “not possible” outcome is published only when the parent carer forum agrees it.
                    </p>
                  ) : null}
                  <Radios
                    name="status"
                    legend="New status"
                    options={NEXT_STATUSES[s.status].map((status) => ({ value: status, label: t(SUGGESTION_STATUS[status].labelKey) }))}
                  />
                  <Textarea
                    name="note"
                    label="Public note"
                    hint="Shown on the timeline and emailed to everyone following it. Required for “not possible”: say why."
                    rows={3}
                  />
                  <Textarea
                    name="outcome"
                    label="Outcome (for done or not possible)"
                    hint="“We did …” or “We cannot …, because …”. Shown on the board."
                    rows={3}
                    defaultValue={s.outcome}
                  />
                  <ReadingAge name="outcome" text={s.outcome} />
                  <Textarea
                    name="statusEasyRead"
                    label="Easy-read outcome (optional)"
                    hint="The same outcome in short sentences and everyday words. You can add it later."
                    rows={3}
                    defaultValue={s.outcomeEasyRead}
                  />
                  <ReadingAge name="statusEasyRead" text={s.outcomeEasyRead} easyRead />
                  <Button>{jointSignOff ? "Change status or propose the outcome" : "Change status"}</Button>
                </PostForm>
              )}
              {signOffs.length ? (
                <>
                  <h3 className="govuk-heading-s">Sign-off record</h3>
                  <ul className="govuk-list govuk-list--bullet">
                    {signOffs.map((p) => (
                      <li key={p.id}>
                        “{p.outcome}” ({t(SUGGESTION_STATUS[p.status].labelKey)}): proposed by {p.officerName} on {formatDateTime(p.officerAgreedAt)}
                        {p.state === "agreed" && p.forumAgreedAt
                          ? `; agreed by ${p.forumName ?? "the forum"} on ${formatDateTime(p.forumAgreedAt)}`
                          : ""}
                        {p.state === "sent_back" && p.sentBackAt
                          ? `; sent back by ${p.sentBackBy} on ${formatDateTime(p.sentBackAt)}: “${p.comment}”`
                          : ""}
                        {p.state === "awaiting_forum" ? "; waiting for the forum" : ""}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}

              <PostForm intent="actions" noValidate>
                <ActionPicker
                  name="actions"
                  legend={<h2 className="govuk-fieldset__heading">Strategy actions it relates to</h2>}
                  legendClass="govuk-fieldset__legend--m"
                  actions={actions}
                  defaultValues={s.actions.map((a) => String(a.id))}
                />
                <Button secondary>Save actions</Button>
              </PostForm>
            </>
          )}
          <h2 className="govuk-heading-m">Timeline</h2>
          <Timeline entries={s.timeline} showPrivate />
        </div>
        <div className="govuk-grid-column-one-third">
          {closed ? null : (
            <>
              <PostForm intent="assign" noValidate>
                <Select
                  name="assignee"
                  label="Assigned to"
                  labelClass="govuk-label--s"
                  options={[{ value: "", label: "Nobody" }, ...assignees.map((a) => ({ value: a.id, label: a.name }))]}
                  defaultValue={s.assigneeId ?? ""}
                />
                <Button secondary>Assign</Button>
              </PostForm>
              <PostForm intent="topic" noValidate>
                <Select
                  name="topic"
                  label="Topic"
                  labelClass="govuk-label--s"
                  options={[{ value: "", label: "Not sure" }, ...topics.map((t) => ({ value: String(t.id), label: t.name }))]}
                  defaultValue={s.topicId ? String(s.topicId) : ""}
                />
                <Button secondary>Save topic</Button>
              </PostForm>
              <h2 className="govuk-heading-s">Similar suggestions</h2>
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
                <p className="govuk-body-s">None found.</p>
              )}
              <PostForm intent="merge" noValidate>
                <h2 className="govuk-heading-s">Merge into another suggestion</h2>
                <TextInput name="into" label="Reference of the one to keep" hint="For example, YS-0042" widthClass="govuk-input--width-10" />
                <Textarea name="mergeNote" label="Public note (optional)" rows={2} />
                <Button secondary>Merge</Button>
              </PostForm>
              {s.safeguarding ? null : (
                <PostForm intent="safeguarding" noValidate>
                  <h2 className="govuk-heading-s">Safeguarding</h2>
                  <Checkboxes
                    name="safeguardingConfirm"
                    legend="Is this a safeguarding concern?"
                    hint="It will never be published, and the safeguarding contact will be emailed a link (not the words)."
                    options={[{ value: "yes", label: "Yes, this is a safeguarding concern" }]}
                  />
                  <Button warning>Mark as safeguarding concern</Button>
                </PostForm>
              )}
            </>
          )}
        </div>
      </div>
    </Fragment>
  );
}
