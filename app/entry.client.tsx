import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { browserTranslator, I18nProvider, setPageTranslator } from "~/components/i18n";

const translator = browserTranslator();
setPageTranslator(translator);

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <I18nProvider translator={translator}>
        <RemixBrowser />
      </I18nProvider>
    </StrictMode>,
  );
});
