import { startTransition } from "react";
import { createRoot } from "react-dom/client";
import "zmp-ui/zaui.css";
import "./styles/tokens.css";
import "./styles/zmp-overrides.css";
import "./styles/base.css";
import { Root } from "./app";
import { prepareFormatters } from "./i18n/format";
import { startLocale, useLocale } from "./i18n/locale";
import { hasZaloButtons } from "./platform/zalo";
import { putLanguage } from "./api/session";
import { platformStorage } from "./platform/storage";
import { useSession } from "./store/session";

// The zaui icon font comes from Zalo's CDN; until it has loaded, icons would show as words (they
// stay hidden, and our own SVG icons carry the meaning). It is asked for only once the first
// screen is up: a request to another origin must not compete with the first paint (offline it
// fails, and Lighthouse counts three such attempts, woff2 → woff → ttf, against the first screen).
function loadIconFont() {
  document.fonts
    ?.load("16px zaui-icons")
    .then((fonts) => {
      if (fonts.length > 0) document.documentElement.classList.add("zaui-icons-ready");
    })
    .catch(() => {});
}
const ICON_FONT_DELAY_MS = 2000;
if (document.readyState === "complete") setTimeout(loadIconFont, ICON_FONT_DELAY_MS);
else addEventListener("load", () => setTimeout(loadIconFont, ICON_FONT_DELAY_MS), { once: true });

document.documentElement.classList.toggle("zalo-buttons", hasZaloButtons());

// A transition lets React render the first frame in slices of a few milliseconds, yielding in
// between, instead of in one long task (most of it compiling React's own code on first use).
startTransition(() => createRoot(document.getElementById("app")!).render(<Root />));
// Sign in and pick the language while React renders the first frame, not after it (SessionGate
// waits for both); in a task of their own, not in the one that evaluated the app's code.
setTimeout(() => {
  void startLocale().then(() => prepareFormatters(useLocale.getState().lang));
  void useSession.getState().start();
});

// The server keeps the language each person uses, for their notifications (Zalo's and the
// inbox's): told when it changes, at sign-in or by the person's choice, once per device.
const LANG_TOLD_KEY = "zca.lang-told";
async function tellLanguage() {
  const personId = useSession.getState().me?.user.id;
  if (useSession.getState().status !== "signed-in" || !personId) return;
  const told = `${personId}:${useLocale.getState().lang}`;
  if ((await platformStorage.getItem(LANG_TOLD_KEY).catch(() => null)) === told) return;
  await putLanguage(useLocale.getState().lang).then(
    () => platformStorage.setItem(LANG_TOLD_KEY, told),
    () => {},
  );
}
useSession.subscribe((state, previous) => {
  if (state.me?.user.id !== previous.me?.user.id) void tellLanguage();
});
useLocale.subscribe((state, previous) => {
  if (state.lang !== previous.lang) void tellLanguage();
});
