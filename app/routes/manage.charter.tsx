import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, Select, Textarea, TextInput, useSavedKey, PostForm } from "~/components/form";
import { RichTextField } from "~/components/rich-text-editor";
import { requirePermission } from "~/modules/auth/permissions.server";
import { addCommitment, addEvidence, archiveCommitment, charterForEditing, publishDraft, saveDraft } from "~/modules/charter/charter.server";
import { readRichTextField } from "~/modules/richtext/validate.server";
import { isoDate, parseForm, textField, invalid } from "~/utils/validation.server";
import { formatDateTime } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction = () => [{ title: metaText("charterAdmin.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "charter:manage");
  return json(charterForEditing());
}

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "charter:manage");
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  switch (intent) {
    case "draft": {
      const body = readRichTextField(formData, "body", translate("charterAdmin.text"));
      const summary = parseForm(
        formData,
        z.object({ changeSummary: textField(translate("charterAdmin.summary"), { max: 500, required: false, multiline: true }) }),
      );
      if (!body.ok) return invalid(formData, { body: body.message });
      if (!summary.ok) return invalid(formData, summary.errors);
      saveDraft(body.doc, summary.data.changeSummary);
      return redirectWithMessage("/manage/charter", translate("charterAdmin.flash.draft"));
    }
    case "publish": {
      const { ok, invited } = publishDraft();
      if (!ok) return invalid(formData, { form: translate("charterAdmin.error.noDraft") });
      return redirectWithMessage("/manage/charter", translate("charterAdmin.flash.published", { count: invited }));
    }
    case "commitment": {
      const parsed = parseForm(formData, z.object({ commitment: textField(translate("charterAdmin.commitment"), { max: 500 }) }));
      if (!parsed.ok) return invalid(formData, parsed.errors);
      addCommitment(parsed.data.commitment);
      return redirectWithMessage("/manage/charter", translate("charterAdmin.flash.added"));
    }
    case "archive": {
      const id = Number(formData.get("commitmentId"));
      if (Number.isInteger(id) && id > 0) archiveCommitment(id);
      return redirectWithMessage("/manage/charter", translate("charterAdmin.flash.archived"));
    }
    case "evidence": {
      const parsed = parseForm(
        formData,
        z.object({
          commitmentId: z.coerce
            .number({ message: translate("charterAdmin.chooseCommitment") })
            .int()
            .positive(translate("charterAdmin.chooseCommitment")),
          date: isoDate(translate("manage.event.name.date")),
          note: textField(translate("charterAdmin.happened"), { max: 1000, multiline: true }),
          link: z.preprocess(
            (v) => (typeof v === "string" ? v.trim() : ""),
            z
              .string()
              .max(500, translate("charterAdmin.error.linkLong"))
              .refine((v) => v === "" || /^\/[A-Za-z0-9/_.?=&-]*$/.test(v) || /^https:\/\/[^\s<>"']+$/.test(v), translate("charterAdmin.error.link")),
          ),
        }),
      );
      if (!parsed.ok) return invalid(formData, parsed.errors);
      if (!addEvidence({ ...parsed.data, createdBy: officer.id })) return invalid(formData, { commitmentId: translate("charterAdmin.fromList") });
      return redirectWithMessage("/manage/charter", translate("charterAdmin.flash.evidence"));
    }
    default:
      return invalid(formData, { form: translate("groups.error.chooseWhat") });
  }
}

export default function ManageCharter() {
  const { draft, body, versions, commitments } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const { t, lang } = useT();
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary />
        <h1 className="govuk-heading-l">{t("charterEvidence.back")}</h1>
        <p className="govuk-body">
          <Link className="govuk-link" to="/charter">
            {t("manage.event.publicPage")}
          </Link>
        </p>
        <h2 className="govuk-heading-m">{t("manage.reviews.doc.versions")}</h2>
        {versions.length ? (
          <ul className="govuk-list">
            {versions.map((v, i) => (
              <li key={v.id}>
                {t("charterAdmin.version", { number: versions.length - i, when: formatDateTime(v.publishedAt, lang), count: v.signatures })}
                {v.changeSummary ? `. ${v.changeSummary}` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">{t("charterAdmin.noVersion")}</p>
        )}
        <PostForm intent="draft" noValidate>
          <h2 className="govuk-heading-m">{draft ? t("charterAdmin.draftOf") : t("charterAdmin.write")}</h2>
          <RichTextField name="body" label={t("charterAdmin.text")} doc={body} />
          <Textarea
            name="changeSummary"
            label={t("charterAdmin.summary")}
            hint={t("charterAdmin.summary.hint")}
            rows={2}
            defaultValue={draft?.changeSummary ?? ""}
          />
          <Button secondary>{t("manage.groups.saveDraft")}</Button>
        </PostForm>
        {draft ? (
          <Form method="post">
            <p className="govuk-body">{t("charterAdmin.publishHint")}</p>
            <Button name="intent" value="publish">
              {t("charterAdmin.publish")}
            </Button>
          </Form>
        ) : null}

        <h2 className="govuk-heading-m">{t("charterAdmin.commitments")}</h2>
        <p className="govuk-body">{t("charterAdmin.commitments.hint")}</p>
        <ol className="govuk-list govuk-list--number">
          {commitments.map((c) => (
            <li key={c.id}>
              <Form method="post" className="app-inline-form">
                <input type="hidden" name="commitmentId" value={c.id} />
                {c.text}{" "}
                <button type="submit" name="intent" value="archive" className="app-link-button govuk-link">
                  {t("topics.archive")}
                  <span className="govuk-visually-hidden"> “{c.text}”</span>
                </button>
              </Form>
            </li>
          ))}
        </ol>
        <PostForm intent="commitment" noValidate>
          <Textarea name="commitment" label={t("charterAdmin.add")} rows={2} />
          <Button secondary>{t("charterAdmin.addButton")}</Button>
        </PostForm>

        <PostForm intent="evidence" noValidate>
          <h2 className="govuk-heading-m">{t("charterAdmin.record")}</h2>
          <Select
            name="commitmentId"
            label={t("charterAdmin.which")}
            options={[
              { value: "", label: t("charterAdmin.chooseCommitment") },
              ...commitments.map((c) => ({ value: String(c.id), label: c.text.length > 90 ? `${c.text.slice(0, 90)}…` : c.text })),
            ]}
          />
          <TextInput name="date" type="date" label={t("groups.meeting.date")} />
          <Textarea name="note" label={t("charterAdmin.happened")} rows={2} />
          <TextInput name="link" label={t("charterAdmin.link")} hint={t("charterAdmin.link.hint")} />
          <Button secondary>{t("charterAdmin.addEvidence")}</Button>
        </PostForm>
      </div>
    </div>
  );
}
