/**
 * The code of each screen, as the route table (src/app.tsx) loads it: screens ask for the code of
 * the one a person most likely opens next, so that tap does not wait for the network. The table
 * also says which screens show a long list, which render differently when opened.
 */
export interface ScreenCode {
  /** Starts loading the code of the screen at `path`, without showing it. */
  preload(path: string): void;
  /** Whether the screen at `path` can render at once: its code is here. */
  isLoaded(path: string): boolean;
  /** Whether the screen at `path` lists hundreds of rows (OAs, apps, transactions). */
  showsLongList(path: string): boolean;
}

let registered: ScreenCode = { preload: () => {}, isLoaded: () => false, showsLongList: () => false };

export function setScreenCode(code: ScreenCode): void {
  registered = code;
}

export function preloadScreen(path: string): void {
  registered.preload(path);
}

export function isScreenLoaded(path: string): boolean {
  return registered.isLoaded(path);
}

export function showsLongList(path: string): boolean {
  return registered.showsLongList(path);
}
