/** Debian's Chromium (or CHROMIUM_PATH), as the e2e tests and the benchmarks start it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// This machine's network is closed: without the background-networking flags Chromium keeps
// opening connections that are refused, and looks up Google's hosts at every start.
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The phone every screen is checked on: 390×844 at 2× density, touch, Vietnamese locale. */
export const PHONE = { width: 390, height: 844 };
export const PHONE_CONTEXT = {
  viewport: PHONE,
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: "vi-VN",
};
