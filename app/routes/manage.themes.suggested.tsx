import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Button, ErrorSummary, PostForm, Select, TextInput, Textarea } from "~/components/form";
import { BackLink } from "~/components/page";
import { requirePermission } from "~/modules/auth/permissions.server";
import { acceptGrouping, dismissGrouping, listGroupings, proposeGroupings, renameGrouping, splitGrouping } from "~/modules/themes/groupings.server";
import { readTheme } from "~/modules/themes/forms.server";
import { themeChoices } from "~/modules/themes/themes.server";
import { formatDateTime } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { invalid } from "~/utils/validation.server";
import { counted } from "~/utils/words";

export const meta: MetaFunction = () => [{ title: "Suggested groupings" }];

const HERE = "/manage/themes/suggested";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "suggestion:triage");
  return json({ ...listGroupings(), themes: themeChoices() });
}

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "suggestion:triage");
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  if (intent === "find") {
    const found = proposeGroupings();
    return redirectWithMessage(
      HERE,
      found ? `${counted(found, "grouping")} found.` : "No groupings found: too few items without a theme say alike things.",
    );
  }
  const id = Number(/^grouping-(\d{1,12})$/.exec(intent)?.[1]);
  if (!Number.isSafeInteger(id) || id <= 0) return invalid(formData, { form: "Choose a grouping" });
  switch (formData.get("do")) {
    case "accept": {
      const into = formData.get("themeId") ? Number(formData.get("themeId")) : null;
      if (into !== null) {
        if (!themeChoices().some((t) => t.id === into)) return invalid(formData, { themeId: "Choose a theme from the list" });
        const done = acceptGrouping(id, { themeId: into }, officer);
        if (!done.ok) return invalid(formData, { form: done.message });
        return redirectWithMessage(HERE, `${counted(done.attached, "item")} added to the theme.`);
      }
      const read = readTheme(formData);
      if (!read.ok) return invalid(formData, read.errors);
      const done = acceptGrouping(id, { theme: read.input }, officer);
      if (!done.ok) return invalid(formData, { form: done.message });
      return redirectWithMessage(HERE, `Theme “${read.input.name}” created with ${counted(done.attached, "item")}.`);
    }
    case "rename": {
      const read = readTheme(formData);
      if (!read.ok) return invalid(formData, { name: read.errors.name ?? "Enter a name" });
      const done = renameGrouping(id, read.input.name);
      return done.ok ? redirectWithMessage(HERE, "Grouping renamed.") : invalid(formData, { form: done.message });
    }
    case "split": {
      const done = splitGrouping(id);
      return done.ok ? redirectWithMessage(HERE, "Grouping split in two.") : invalid(formData, { form: done.message });
    }
    case "dismiss": {
      const done = dismissGrouping(id);
      return done.ok
        ? redirectWithMessage(HERE, "Grouping dismissed: its items will not be proposed together again.")
        : invalid(formData, { form: done.message });
    }
    default:
      return invalid(formData, { form: "Choose what to do with the grouping" });
  }
}

export default function SuggestedGroupings() {
  const { groupings, proposedAt, total, themes } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/manage/themes">All themes</BackLink>
      <ErrorSummary />
      <h1 className="govuk-heading-l">Suggested groupings</h1>
      <p className="govuk-body">
        Groups of alike items that are in no theme yet, found from their words: suggestions from every source, survey answers and review comments.
        Nothing joins a theme until you accept it. Items held back as a possible safeguarding concern are never included.
      </p>
      <PostForm intent="find">
        <Button secondary>{proposedAt ? "Find groupings again" : "Find groupings"}</Button>
      </PostForm>
      {proposedAt ? (
        <p className="govuk-body">
          {counted(total, "grouping")} found on {formatDateTime(proposedAt)}
          {total > groupings.length ? `; the ${groupings.length} biggest are shown` : ""}.
        </p>
      ) : null}
      {groupings.map((g) => (
        <section key={g.id} className="govuk-!-margin-bottom-8" aria-labelledby={`grouping-${g.id}`}>
          <h2 className="govuk-heading-m" id={`grouping-${g.id}`}>
            {g.name} <span className="govuk-caption-m">{counted(g.size, "item")}</span>
          </h2>
          <p className="govuk-body">Telling words: {g.words.join(", ")}</p>
          <h3 className="govuk-heading-s">For example</h3>
          <ul className="govuk-list govuk-list--bullet">
            {g.examples.map((e) => (
              <li key={e.label}>
                “{e.text.length > 200 ? `${e.text.slice(0, 200)}…` : e.text}”{" "}
                <Link className="govuk-link govuk-body-s" to={e.link}>
                  {e.label}
                </Link>
              </li>
            ))}
          </ul>
          <PostForm intent={`grouping-${g.id}`} scoped noValidate>
            <TextInput name="name" label="Name" defaultValue={g.name} />
            <Textarea name="description" label="Description (for a new theme)" rows={2} />
            {themes.length ? (
              <Select
                name="themeId"
                label="Or add its items to a theme you have"
                options={[{ value: "", label: "No: make a new theme" }, ...themes.map((t) => ({ value: String(t.id), label: t.name }))]}
              />
            ) : null}
            <div className="govuk-button-group">
              <Button name="do" value="accept">
                Accept
                <span className="govuk-visually-hidden"> “{g.name}”</span>
              </Button>
              <Button secondary name="do" value="rename">
                Save the name
                <span className="govuk-visually-hidden"> “{g.name}”</span>
              </Button>
              <Button secondary name="do" value="split">
                Split in two
                <span className="govuk-visually-hidden"> “{g.name}”</span>
              </Button>
              <Button warning name="do" value="dismiss">
                Dismiss
                <span className="govuk-visually-hidden"> “{g.name}”</span>
              </Button>
            </div>
          </PostForm>
        </section>
      ))}
    </>
  );
}
