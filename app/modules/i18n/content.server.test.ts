import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { outbox, users } from "~db/schema";
import { getDb } from "~/db.server";
import { changeStatus, publish, setPublicWording } from "~/modules/feedback/changes.server";
import { makeSuggestion } from "~/modules/feedback/suggestions.server";
import { updateAreaSettings } from "~/modules/settings/area.server";
import { publicSitePage } from "~/modules/privacy/site-pages.server";
import cy from "../../../public/locales/cy.json";
import en from "../../../public/locales/en.json";
import { localise, saveTranslation, textsToTranslate, translationsNeeded, TRANSLATABLE, TRANSLATABLE_KIND_LIST } from "./content.server";
import { importTranslations, translationCsv, translationXliff } from "./translation-files.server";

let officer: { id: string; name: string };
let id: number;

beforeAll(() => {
  updateAreaSettings({ areaName: "Testshire", contactEmail: "help@example.org", contentLanguages: ["cy", "ur"] });
  getDb().insert(users).values({ id: "officer-1", email: "officer@example.org", name: "Olu Officer" }).run();
  officer = { id: "officer-1", name: "Olu Officer" };
  ({ id } = makeSuggestion({
    body: "ہمیں اسکول کے بعد کے کلبوں میں مزید جگہیں چاہییں",
    topicId: null,
    contributorKind: "parent_carer",
    name: "Samina",
    email: "samina@example.org",
    userId: null,
    language: "ur",
  }));
  setPublicWording(id, "More places in after-school clubs", officer.id);
  expect(publish(id, officer.id)).toEqual({ ok: true });
  changeStatus({ id, status: "done", note: "", outcome: "Two clubs now take 20 more children.", officerId: officer.id });
});

describe("translations of what the public reads", () => {
  it("lists what each language still needs, and shows the English with a mark until it is translated", () => {
    const needed = textsToTranslate("ur").filter((t) => t.kind === "suggestion" && t.id === id);
    expect(needed.map((t) => t.field).sort()).toEqual(["outcome", "publicWording"]);
    const [shown] = localise(
      "suggestion",
      [{ id, publicWording: "More places in after-school clubs", outcome: "Two clubs now take 20 more children." }],
      ["publicWording", "outcome"],
      "ur",
    );
    expect(shown!.publicWording).toBe("More places in after-school clubs");
    expect(shown!.untranslated).toEqual(["publicWording", "outcome"]);
  });

  it("takes a translated file back all or nothing, naming each row's problem", () => {
    const csv = translationCsv("ur");
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe("key,language,context,original,translation,translated_by");
    const outcomeRow = lines.findIndex((line) => line.startsWith(`suggestion:${id}:outcome,`));
    const bad = [
      lines[0],
      `${lines[outcomeRow]}دو کلب اب 20 مزید بچوں کو لیتے ہیں۔,Word Bridge`,
      "suggestion:999999:outcome,ur,,,کچھ,",
      "nonsense,ur,,,کچھ,",
      `suggestion:${id}:publicWording,pl,,,Coś,`,
    ].join("\n");
    const refused = importTranslations(bad, ["cy", "ur"], officer);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problems.map((p) => p.row)).toEqual([3, 4, 5]);
    expect(textsToTranslate("ur").some((t) => t.id === id && t.field === "outcome")).toBe(true);

    const urdu = "دو کلب اب 20 مزید بچوں کو لیتے ہیں۔";
    const good = [lines[0], `${lines[outcomeRow]!.replace(/,,$/, "")},${urdu},Word Bridge`].join("\n");
    const saved = importTranslations(good, ["cy", "ur"], officer);
    expect(saved).toEqual({ ok: true, saved: 1, blank: 0 });
    const [shown] = localise("suggestion", [{ id, outcome: "Two clubs now take 20 more children." }], ["outcome"], "ur");
    expect(shown).toMatchObject({ outcome: "دو کلب اب 20 مزید بچوں کو لیتے ہیں۔", untranslated: [] });
  });

  it("emails the translated outcome to the person who wrote in that language", () => {
    const sent = getDb().select().from(outbox).where(eq(outbox.toAddress, "samina@example.org")).all();
    const inUrdu = sent.find((m) => m.textBody.includes("دو کلب اب 20 مزید بچوں کو لیتے ہیں۔"));
    expect(inUrdu?.subject).toContain("تازہ خبر");
  });

  it("counts a translation as out of date when the English changes, and shows the English again", () => {
    saveTranslation(
      { kind: "suggestion", id, field: "publicWording", lang: "cy", text: "Mwy o leoedd" },
      { name: "Olu Officer", userId: officer.id },
    );
    const before = translationsNeeded(["cy"])[0]!.count;
    setPublicWording(id, "More places in after-school and holiday clubs", officer.id);
    const [shown] = localise("suggestion", [{ id, publicWording: "More places in after-school and holiday clubs" }], ["publicWording"], "cy");
    expect(shown!.untranslated).toEqual(["publicWording"]);
    expect(textsToTranslate("cy").find((t) => t.id === id && t.field === "publicWording")?.stale).toBe(true);
    expect(translationsNeeded(["cy"])[0]!.count).toBe(before + 1);
  });
});

describe("the registry of translatable texts", () => {
  it("names every field in English and Welsh, so officers and translators know what they are translating", () => {
    for (const kind of TRANSLATABLE_KIND_LIST)
      for (const field of Object.values(TRANSLATABLE[kind].fields)) {
        expect(en, `${kind} ${field.label}`).toHaveProperty([field.label]);
        expect(cy, `${kind} ${field.label}`).toHaveProperty([field.label]);
      }
  });

  it("offers the privacy notice for translation as plain text, and shows the translation as the page", () => {
    const needed = textsToTranslate("cy").find((t) => t.kind === "sitePage" && t.context === "/privacy")!;
    expect(needed.original).toMatch(/^This notice explains how Testshire Coproduce/);
    expect(needed.original).toContain("\n\n## What we collect\n\n- ");
    saveTranslation(
      {
        kind: "sitePage",
        id: needed.id,
        field: "body",
        lang: "cy",
        text: "Mae'r hysbysiad hwn yn esbonio.\n\n## Beth rydym yn ei gasglu\n\n- eich enw",
      },
      { name: officer.name, userId: officer.id },
    );
    const page = publicSitePage("privacy", "cy");
    expect(page).toMatchObject({ untranslated: false });
    expect(page.html).toBe(
      '<p class="govuk-body">Mae&#39;r hysbysiad hwn yn esbonio.</p><h2 class="govuk-heading-m">Beth rydym yn ei gasglu</h2>' +
        '<ul class="govuk-list govuk-list--bullet"><li><p class="govuk-body">eich enw</p></li></ul>',
    );
    expect(publicSitePage("privacy", "ur").untranslated).toBe(true);
  });
});

describe("XLIFF for translation tools", () => {
  it("sends the texts a language needs as XLIFF 1.2 and takes the targets back, all or nothing", () => {
    const file = translationXliff("cy");
    expect(file).toContain('<file original="coproduce" source-language="en" target-language="cy" datatype="plaintext">');
    const unit = `<trans-unit id="suggestion:${id}:outcome" xml:space="preserve">`;
    expect(file).toContain(unit);
    const filled = (target: string) =>
      file.replace(
        new RegExp(`(${unit}\\s*<source>[^<]*</source>\\s*)<target state="needs-translation"></target>`),
        `$1<target state="translated">${target}</target>`,
      );
    const withTags = importTranslations(filled('Dau glwb <g id="1">newydd</g>'), ["cy"], officer);
    expect(withTags).toEqual({
      ok: false,
      problems: [{ unit: `suggestion:${id}:outcome`, message: "The translation has tags in it: plain text only" }],
    });
    const hostile = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><xliff version="1.2"><file target-language="cy"></file></xliff>`;
    expect(importTranslations(hostile, ["cy"], officer)).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining("DOCTYPE") }] });
    expect(importTranslations("<xliff version=", ["cy"], officer)).toMatchObject({ ok: false });

    expect(importTranslations(filled("Mae dau glwb bellach yn cymryd 20 o blant &amp; mwy."), ["cy"], officer)).toMatchObject({ ok: true, saved: 1 });
    const [shown] = localise("suggestion", [{ id, outcome: "Two clubs now take 20 more children." }], ["outcome"], "cy");
    expect(shown!.outcome).toBe("Mae dau glwb bellach yn cymryd 20 o blant & mwy.");
  });

  it("reads XLIFF 2.0 as well", () => {
    const file = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="cy">
  <file id="f1"><unit id="suggestion:${id}:outcome"><segment><source>Two clubs</source><target>Dau glwb</target></segment></unit></file>
</xliff>`;
    expect(importTranslations(file, ["cy"], officer)).toMatchObject({ ok: true, saved: 1 });
  });
});
