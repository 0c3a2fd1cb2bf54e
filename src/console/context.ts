import { createContext, useContext } from "react";
import type { Me } from "./api";
import { consoleFormat, CONSOLE_STRINGS, type ConsoleLang } from "./strings";

export interface ConsoleContextValue {
  lang: ConsoleLang;
  me: Me;
}

export const ConsoleContext = createContext<ConsoleContextValue | null>(null);

/** The signed-in staff member, the console's language, its strings and formatters. */
export function useConsole() {
  const value = useContext(ConsoleContext);
  if (!value) throw new Error("useConsole outside ConsoleContext");
  return { ...value, t: CONSOLE_STRINGS[value.lang], format: consoleFormat(value.lang) };
}
