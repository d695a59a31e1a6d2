import { TextInput, Textarea } from "~/components/form";

/** A theme's words: its name, its description and the same in easy read. */
export function ThemeFields({ defaults }: { defaults?: { name: string; description: string; descriptionEasyRead: string } }) {
  return (
    <>
      <TextInput
        name="name"
        label="Name"
        hint="A few words, as a key message: “Waiting for speech and language therapy”"
        defaultValue={defaults?.name}
      />
      <Textarea
        name="description"
        label="Description"
        hint="What people told us, in plain words. It is published with the theme."
        defaultValue={defaults?.description}
      />
      <Textarea
        name="descriptionEasyRead"
        label="Easy read description (optional)"
        hint="The same in short sentences and everyday words, for visitors who choose easy read."
        defaultValue={defaults?.descriptionEasyRead}
        rows={3}
      />
    </>
  );
}
