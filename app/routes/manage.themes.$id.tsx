import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ActionPicker } from "~/components/action-picker";
import { Button, ChooseBox, ErrorSummary, PostForm, Select } from "~/components/form";
import { BackLink } from "~/components/page";
import { ActionStatusTag, CONTRIBUTOR_KIND_LABELS } from "~/components/status";
import { ACTIVITY_NAME_KEYS } from "~/modules/activities/activity";
import { LANGUAGES } from "~/modules/i18n/languages";
import { translate } from "~/modules/i18n/catalogue.server";
import { reference } from "~/modules/feedback/reference";
import { requirePermission } from "~/modules/auth/permissions.server";
import { listActionChoices } from "~/modules/strategy/strategy.server";
import { readItems, readTheme } from "~/modules/themes/forms.server";
import { ThemeFields } from "~/modules/themes/theme-fields";
import { detachItems, editTheme, linkThemeActions, mergeThemes, splitTheme, themeForOfficer } from "~/modules/themes/themes.server";
import { formatDateTime } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { found, routeId } from "~/utils/query.server";
import { idList, invalid, parseForm, searchedOnly } from "~/utils/validation.server";
import { linkPart, metaText, useT } from "~/components/i18n";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("themes.page.metaTitle", { name: data.theme.name }) : metaText("themes.title") },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "suggestion:triage");
  return json({ ...found(themeForOfficer(routeId(params.id))), actions: listActionChoices() });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "suggestion:triage");
  const id = routeId(params.id);
  found(themeForOfficer(id));
  const here = `/manage/themes/${id}`;
  const formData = await request.formData();
  const searched = searchedOnly(formData);
  if (searched) return searched;
  switch (String(formData.get("intent") ?? "")) {
    case "edit": {
      const read = readTheme(formData);
      if (!read.ok) return invalid(formData, read.errors);
      const done = editTheme(id, read.input, officer);
      return done.ok ? redirectWithMessage(here, translate("themes.flash.saved")) : invalid(formData, { form: done.message });
    }
    case "actions": {
      const parsed = parseForm(formData, z.object({ actionIds: idList() }));
      if (!parsed.ok) return invalid(formData, parsed.errors);
      const done = linkThemeActions(id, parsed.data.actionIds, officer);
      return done.ok ? redirectWithMessage(here, translate("themes.flash.actions")) : invalid(formData, { actionIds: done.message });
    }
    case "items": {
      const read = readItems(formData);
      if (!read.ok) return invalid(formData, read.errors);
      if (formData.get("do") === "split") {
        const theme = readTheme(formData);
        if (!theme.ok) return invalid(formData, theme.errors);
        const done = splitTheme(id, read.refs, theme.input, officer);
        if (!done.ok) return invalid(formData, { item: done.message });
        return redirectWithMessage(`/manage/themes/${done.id}`, translate("themes.flash.split", { count: read.refs.length }));
      }
      const done = detachItems(id, read.refs, officer);
      return done.ok
        ? redirectWithMessage(here, translate("themes.flash.detached", { count: done.detached }))
        : invalid(formData, { item: done.message });
    }
    case "merge": {
      const into = Number(formData.get("intoId"));
      if (!Number.isSafeInteger(into) || into <= 0) return invalid(formData, { intoId: translate("themes.error.into") });
      const done = mergeThemes(id, into, officer);
      if (!done.ok) return invalid(formData, { intoId: done.message });
      return redirectWithMessage(`/manage/themes/${into}`, translate("themes.flash.merged", { count: done.moved }));
    }
    default:
      return invalid(formData, { form: translate("groups.error.chooseWhat") });
  }
}

export default function ManageTheme() {
  const { t, rich, lang } = useT();
  const data = useLoaderData<typeof loader>();
  const { theme, mergedInto, total, sources, byKind, trend, wordings, outcomes, items, history, others, actions } = data;
  const most = Math.max(1, ...trend.map((month) => month.n));
  return (
    <>
      <BackLink to="/manage/themes">{t("themes.all")}</BackLink>
      <ErrorSummary />
      <span className="govuk-caption-l">{t("themes.caption")}</span>
      <h1 className="govuk-heading-l">{theme.name}</h1>
      {mergedInto ? (
        <div className="govuk-inset-text">
          {rich("themes.page.mergedInto", { name: mergedInto.name, link: linkPart(`/manage/themes/${mergedInto.id}`) })}
        </div>
      ) : null}
      {theme.description ? <p className="govuk-body">{theme.description}</p> : null}
      <h2 className="govuk-heading-m">{t("themes.items", { count: total })}</h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">{t("themes.page.bySource")}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  {t("themes.page.source")}
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {t("themes.page.itemsColumn")}
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {t("themes.page.activities")}
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {sources.map((s) => (
                <tr className="govuk-table__row" key={s.sourceKind}>
                  <th scope="row" className="govuk-table__header">
                    {t(ACTIVITY_NAME_KEYS[s.sourceKind])}
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{s.items}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{s.activities || "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="govuk-grid-column-one-half">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">{t("themes.page.byWho")}</caption>
            <tbody className="govuk-table__body">
              {(Object.keys(CONTRIBUTOR_KIND_LABELS) as (keyof typeof CONTRIBUTOR_KIND_LABELS)[]).map((kind) => (
                <tr className="govuk-table__row" key={kind}>
                  <th scope="row" className="govuk-table__header">
                    {t(CONTRIBUTOR_KIND_LABELS[kind])}
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{byKind[kind] ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{t("themes.page.trend")}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t("themes.page.month")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("themes.page.itemsColumn")}
            </th>
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">{t("themes.page.bar")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {trend.map((month) => (
            <tr className="govuk-table__row" key={month.month}>
              <th scope="row" className="govuk-table__header">
                {new Date(`${month.month}-01T12:00:00Z`).toLocaleDateString(LANGUAGES[lang].htmlLang, {
                  month: "long",
                  year: "numeric",
                  timeZone: "Europe/London",
                })}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{month.n}</td>
              <td className="govuk-table__cell" aria-hidden="true">
                <meter className="app-trend" min={0} max={most} value={month.n} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="govuk-heading-m">{t("themes.page.wordings")}</h2>
      {wordings.length ? (
        <ul className="govuk-list govuk-list--bullet">
          {wordings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">{t("themes.page.noWordings")}</p>
      )}
      {outcomes.length ? (
        <>
          <h2 className="govuk-heading-m">{t("themes.page.outcomes")}</h2>
          <ul className="govuk-list">
            {outcomes.map((o) => (
              <li key={o.id}>
                <Link className="govuk-link" to={`/manage/suggestions/${o.id}`}>
                  {reference(o.id)}
                </Link>{" "}
                {o.wording} <strong>{o.status === "not_possible" ? t("outcome.line.cannot") : t("outcome.line.weDid")}</strong> {o.outcome}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 className="govuk-heading-m">{t("themes.page.actions")}</h2>
      <ThemeActions data={data} />
      {mergedInto ? null : (
        <>
          <PostForm intent="actions" noValidate>
            <ActionPicker name="actionIds" legend={t("themes.page.link")} actions={actions} defaultValues={data.linked.map((a) => String(a.id))} />
            <Button>{t("themes.page.saveActions")}</Button>
          </PostForm>
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">{t("themes.page.change")}</span>
            </summary>
            <div className="govuk-details__text">
              <PostForm intent="edit" scoped noValidate>
                <ThemeFields defaults={theme} />
                <Button>{t("themes.page.save")}</Button>
              </PostForm>
            </div>
          </details>
        </>
      )}
      <h2 className="govuk-heading-m">{t("themes.page.itemsColumn")}</h2>
      {items.length ? (
        <PostForm intent="items" scoped noValidate>
          {total > items.length ? <p className="govuk-body">{t("themes.page.latest", { count: items.length })}</p> : null}
          <ItemTable items={items} />
          {mergedInto ? null : (
            <>
              <Button secondary name="do" value="detach">
                {t("themes.page.detach")}
              </Button>
              <fieldset className="govuk-fieldset">
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t("themes.page.split")}</legend>
                <ThemeFields />
                <Button name="do" value="split">
                  {t("themes.page.splitButton")}
                </Button>
              </fieldset>
            </>
          )}
        </PostForm>
      ) : (
        <p className="govuk-body">
          {rich("themes.page.noItems", { triage: linkPart("/manage/suggestions"), suggested: linkPart("/manage/themes/suggested") })}
        </p>
      )}
      {mergedInto || !others.length ? null : (
        <PostForm intent="merge" noValidate>
          <Select
            name="intoId"
            label={t("themes.page.merge")}
            labelClass="govuk-label--m"
            hint={t("themes.page.merge.hint")}
            options={[{ value: "", label: t("triage.bulk.chooseTheme") }, ...others.map((o) => ({ value: String(o.id), label: o.name }))]}
          />
          <Button secondary>{t("triage.page.mergeButton")}</Button>
        </PostForm>
      )}
      <h2 className="govuk-heading-m">{t("themes.page.history")}</h2>
      <ol className="govuk-list app-timeline">
        {history.map((h) => (
          <li key={h.id} className="app-timeline__item">
            <p className="govuk-body govuk-!-margin-bottom-1">{h.said}</p>
            <p className="govuk-body-s">
              {h.officerName}, {formatDateTime(h.at, lang)}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;

function ThemeActions({ data }: { data: Data }) {
  const { t } = useT();
  if (!data.linked.length) return <p className="govuk-body">{t("themes.page.notLinked")}</p>;
  return (
    <ul className="govuk-list">
      {data.linked.map((a) => (
        <li key={a.id}>
          <Link className="govuk-link" to={`/manage/strategy/actions/${a.id}`}>
            {a.code} {a.title}
          </Link>{" "}
          <ActionStatusTag status={a.status} />
        </li>
      ))}
    </ul>
  );
}

function ItemTable({ items }: { items: Data["items"] }) {
  const { t } = useT();
  return (
    <table className="govuk-table">
      <caption className="govuk-visually-hidden">{t("themes.page.itemsIn")}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            <span className="govuk-visually-hidden">{t("triage.queue.choose")}</span>
          </th>
          <th scope="col" className="govuk-table__header">
            {t("themes.page.item")}
          </th>
          <th scope="col" className="govuk-table__header">
            {t("manage.dashboard.said")}
          </th>
          <th scope="col" className="govuk-table__header">
            {t("themes.page.from")}
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {items.map((item, index) => {
          const value = `${item.kind}:${item.key}`;
          return (
            <tr className="govuk-table__row" key={value}>
              <td className="govuk-table__cell">
                <ChooseBox name="item" value={value} first={index === 0} label={t("triage.queue.chooseOne", { reference: item.label })} />
              </td>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={item.link}>
                  {item.label}
                </Link>
              </td>
              <td className="govuk-table__cell">{item.text.length > 200 ? `${item.text.slice(0, 200)}…` : item.text}</td>
              <td className="govuk-table__cell">
                {t(ACTIVITY_NAME_KEYS[item.sourceKind])}, {t(CONTRIBUTOR_KIND_LABELS[item.contributorKind]).toLowerCase()}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
