import { startFakeNotify } from "./fake-notify";

// The local GOV.UK Notify for the end-to-end tests (tests/playwright.config.ts starts it beside the app).
const env = process.env;
const notify = await startFakeNotify({
  port: Number(env.FAKE_NOTIFY_PORT),
  serviceId: env.FAKE_NOTIFY_SERVICE_ID!,
  secret: env.FAKE_NOTIFY_SECRET!,
  smsTemplateId: env.FAKE_NOTIFY_TEMPLATE_ID!,
  callback: { url: env.FAKE_NOTIFY_CALLBACK_URL!, token: env.FAKE_NOTIFY_CALLBACK_TOKEN! },
});
console.log(`Fake GOV.UK Notify at ${notify.url}`);
