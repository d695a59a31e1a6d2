import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ActionPicker } from "~/components/action-picker";
import { Button, ChooseBox, ErrorSummary, PostForm, Select } from "~/components/form";
import { BackLink } from "~/components/page";
import { ActionStatusTag, CONTRIBUTOR_KIND_LABELS } from "~/components/status";
import { ACTIVITY_NAMES } from "~/modules/activities/activity";
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
import { counted } from "~/utils/words";
import { useT } from "~/components/i18n";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Theme: ${data.theme.name}` : "Theme not found" }];

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
      return done.ok ? redirectWithMessage(here, "Theme saved.") : invalid(formData, { form: done.message });
    }
    case "actions": {
      const parsed = parseForm(formData, z.object({ actionIds: idList() }));
      if (!parsed.ok) return invalid(formData, parsed.errors);
      const done = linkThemeActions(id, parsed.data.actionIds, officer);
      return done.ok ? redirectWithMessage(here, "Linked actions saved.") : invalid(formData, { actionIds: done.message });
    }
    case "items": {
      const read = readItems(formData);
      if (!read.ok) return invalid(formData, read.errors);
      if (formData.get("do") === "split") {
        const theme = readTheme(formData);
        if (!theme.ok) return invalid(formData, theme.errors);
        const done = splitTheme(id, read.refs, theme.input, officer);
        if (!done.ok) return invalid(formData, { item: done.message });
        return redirectWithMessage(`/manage/themes/${done.id}`, `New theme made of ${counted(read.refs.length, "item")}.`);
      }
      const done = detachItems(id, read.refs, officer);
      return done.ok
        ? redirectWithMessage(here, `${counted(done.detached, "item")} taken out of the theme.`)
        : invalid(formData, { item: done.message });
    }
    case "merge": {
      const into = Number(formData.get("intoId"));
      if (!Number.isSafeInteger(into) || into <= 0) return invalid(formData, { intoId: "Choose the theme to merge this one into" });
      const done = mergeThemes(id, into, officer);
      if (!done.ok) return invalid(formData, { intoId: done.message });
      return redirectWithMessage(`/manage/themes/${into}`, `Themes merged: ${counted(done.moved, "item")} moved here.`);
    }
    default:
      return invalid(formData, { form: "Choose what to do" });
  }
}

export default function ManageTheme() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const { theme, mergedInto, total, sources, byKind, trend, wordings, outcomes, items, history, others, actions } = data;
  const most = Math.max(1, ...trend.map((t) => t.n));
  return (
    <>
      <BackLink to="/manage/themes">All themes</BackLink>
      <ErrorSummary />
      <span className="govuk-caption-l">Theme</span>
      <h1 className="govuk-heading-l">{theme.name}</h1>
      {mergedInto ? (
        <div className="govuk-inset-text">
          Merged into{" "}
          <Link className="govuk-link" to={`/manage/themes/${mergedInto.id}`}>
            {mergedInto.name}
          </Link>
          , with its items.
        </div>
      ) : null}
      {theme.description ? <p className="govuk-body">{theme.description}</p> : null}
      <h2 className="govuk-heading-m">{counted(total, "item")}</h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">By source</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Source
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Items
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Activities
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {sources.map((s) => (
                <tr className="govuk-table__row" key={s.sourceKind}>
                  <th scope="row" className="govuk-table__header">
                    {ACTIVITY_NAMES[s.sourceKind]}
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
            <caption className="govuk-table__caption govuk-table__caption--s">By who said it</caption>
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
        <caption className="govuk-table__caption govuk-table__caption--s">Trend: items said each month, the last twelve months</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Month
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Items
            </th>
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">As a bar</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {trend.map((t) => (
            <tr className="govuk-table__row" key={t.month}>
              <th scope="row" className="govuk-table__header">
                {new Date(`${t.month}-01T12:00:00Z`).toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "Europe/London" })}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{t.n}</td>
              <td className="govuk-table__cell" aria-hidden="true">
                <meter className="app-trend" min={0} max={most} value={t.n} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="govuk-heading-m">Public wordings</h2>
      {wordings.length ? (
        <ul className="govuk-list govuk-list--bullet">
          {wordings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">None yet: publish some of its suggestions with a public wording, and a few are shown with the key message.</p>
      )}
      {outcomes.length ? (
        <>
          <h2 className="govuk-heading-m">Latest outcomes</h2>
          <ul className="govuk-list">
            {outcomes.map((o) => (
              <li key={o.id}>
                <Link className="govuk-link" to={`/manage/suggestions/${o.id}`}>
                  {reference(o.id)}
                </Link>{" "}
                {o.wording} <strong>{o.status === "not_possible" ? "We can’t, because:" : "We did:"}</strong> {o.outcome}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 className="govuk-heading-m">Strategy actions</h2>
      {themeActions(data)}
      {mergedInto ? null : (
        <>
          <PostForm intent="actions" noValidate>
            <ActionPicker
              name="actionIds"
              legend="Link this theme to the actions that answer it"
              actions={actions}
              defaultValues={data.linked.map((a) => String(a.id))}
            />
            <Button>Save linked actions</Button>
          </PostForm>
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">Change its name or description</span>
            </summary>
            <div className="govuk-details__text">
              <PostForm intent="edit" scoped noValidate>
                <ThemeFields defaults={theme} />
                <Button>Save theme</Button>
              </PostForm>
            </div>
          </details>
        </>
      )}
      <h2 className="govuk-heading-m">Items</h2>
      {items.length ? (
        <PostForm intent="items" scoped noValidate>
          {total > items.length ? <p className="govuk-body">The latest {items.length} are shown.</p> : null}
          <ItemTable items={items} />
          {mergedInto ? null : (
            <>
              <Button secondary name="do" value="detach">
                Take the ticked items out of the theme
              </Button>
              <fieldset className="govuk-fieldset">
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Or split: make a new theme of the ticked items</legend>
                <ThemeFields />
                <Button name="do" value="split">
                  Make a new theme of the ticked items
                </Button>
              </fieldset>
            </>
          )}
        </PostForm>
      ) : (
        <p className="govuk-body">
          No items yet. Add suggestions from{" "}
          <Link className="govuk-link" to="/manage/suggestions">
            the triage list
          </Link>
          , a survey’s answers, or{" "}
          <Link className="govuk-link" to="/manage/themes/suggested">
            a suggested grouping
          </Link>
          .
        </p>
      )}
      {mergedInto || !others.length ? null : (
        <PostForm intent="merge" noValidate>
          <Select
            name="intoId"
            label="Merge this theme into another"
            labelClass="govuk-label--m"
            hint="Its items and actions move there, and this theme then points to it."
            options={[{ value: "", label: "Choose a theme" }, ...others.map((o) => ({ value: String(o.id), label: o.name }))]}
          />
          <Button secondary>Merge</Button>
        </PostForm>
      )}
      <h2 className="govuk-heading-m">History</h2>
      <ol className="govuk-list app-timeline">
        {history.map((h) => (
          <li key={h.id} className="app-timeline__item">
            <p className="govuk-body govuk-!-margin-bottom-1">{h.said}</p>
            <p className="govuk-body-s">
              {h.officerName}, {formatDateTime(h.at)}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;

function themeActions(data: Data) {
  if (!data.linked.length) return <p className="govuk-body">Not linked to any action yet.</p>;
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
      <caption className="govuk-visually-hidden">Items in this theme</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            <span className="govuk-visually-hidden">Choose</span>
          </th>
          <th scope="col" className="govuk-table__header">
            Item
          </th>
          <th scope="col" className="govuk-table__header">
            What they said
          </th>
          <th scope="col" className="govuk-table__header">
            From
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {items.map((item, index) => {
          const value = `${item.kind}:${item.key}`;
          return (
            <tr className="govuk-table__row" key={value}>
              <td className="govuk-table__cell">
                <ChooseBox name="item" value={value} first={index === 0} label={`Choose ${item.label}`} />
              </td>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={item.link}>
                  {item.label}
                </Link>
              </td>
              <td className="govuk-table__cell">{item.text.length > 200 ? `${item.text.slice(0, 200)}…` : item.text}</td>
              <td className="govuk-table__cell">
                {ACTIVITY_NAMES[item.sourceKind]}, {t(CONTRIBUTOR_KIND_LABELS[item.contributorKind]).toLowerCase()}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
