import { vi } from "./vi";

/** The app's strings. Vietnamese is the default and, for now, the only language. */
export const t = vi;
export type Strings = typeof vi;
