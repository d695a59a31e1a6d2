import { SMTPServer } from "smtp-server";

export type Received = { to: string; messageId: string; raw: string };

/** A real SMTP server on loopback, for tests: every message it accepts goes into `inbox`. */
export function startTestSmtp(port: number, inbox: Received[]): Promise<SMTPServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    // The outbox keeps its connection open for the next message: closing does not wait for it.
    closeTimeout: 50,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
      stream.on("end", () => {
        inbox.push({
          to: session.envelope.rcptTo.map((r) => r.address).join(","),
          messageId: /^Message-ID: (.*)$/im.exec(raw)?.[1]?.trim() ?? "",
          raw,
        });
        callback();
      });
    },
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
