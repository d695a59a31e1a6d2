import { describe, expect, it } from "vitest";
import { translatorFor } from "~/modules/i18n/catalogue.server";
import { systemNote } from "./timeline-notes";

describe("the service's own timeline notes", () => {
  it("are given in the reader's language, with what varies kept", () => {
    const cy = translatorFor("cy").t;
    const say = (note: string) => {
      const message = systemNote(note);
      return message ? cy(message.key, message.values) : null;
    };
    expect(say("We received this suggestion.")).toBe("Cawsom yr awgrym hwn.");
    expect(say("YS-0042 was merged into this suggestion.")).toBe("Cafodd YS-0042 ei uno â'r awgrym hwn.");
    expect(say("Linked to strategy action 2.3, 4.1.")).toBe("Wedi'i gysylltu â cham gweithredu'r strategaeth 2.3, 4.1.");
    expect(say("Added to the theme “Waiting for therapy”.")).toBe("Wedi'i ychwanegu at y thema “Waiting for therapy”.");
  });

  it("leave an officer's own note alone", () => {
    expect(systemNote("We have booked a meeting with the transport team.")).toBeNull();
  });
});
