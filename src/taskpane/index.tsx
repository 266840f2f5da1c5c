/**
 * The task pane's entry: waits for Office, picks language and theme from it, and renders the App
 * with actions bound to the host's Excel, fetched when first used. The only task pane file that
 * touches `Office`.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { Lang } from "../core/problems";
import { App } from "./App";
import { initialLang, isDarkTheme, LANG_STORAGE_KEY, sectionFromQuery } from "./environment";
import { lazyActions } from "./lazyActions";

/** The actions, their code fetched as a chunk when the first one runs (see hostActions). */
const actions = lazyActions(() =>
  import(/* webpackChunkName: "actions" */ "./hostActions").then((module) => module.hostActions()),
);

/** localStorage, or null where the host forbids it (some sandboxed webviews throw on access). */
function paneStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function rememberLang(lang: Lang): void {
  try {
    paneStorage()?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not remembering is harmless: the next start follows Office's language again.
  }
}

void Office.onReady(() => {
  const root = document.getElementById("root");
  if (!root) throw new Error("taskpane.html has no #root element");
  const context = Office.context as Partial<typeof Office.context> | undefined;
  const lang = initialLang(paneStorage()?.getItem(LANG_STORAGE_KEY), context?.displayLanguage);
  // Hosts without Office themes report none: light.
  const theme = isDarkTheme(context?.officeTheme) ? webDarkTheme : webLightTheme;
  createRoot(root).render(
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      <App
        actions={actions}
        initialLang={lang}
        onLangChange={rememberLang}
        openSection={sectionFromQuery(window.location.search)}
      />
    </FluentProvider>,
  );
});
