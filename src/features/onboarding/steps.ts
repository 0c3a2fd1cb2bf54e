import type { Step } from "./draft";

export const STEP_PATH: Record<Step, string> = {
  start: "/create",
  name: "/create/name",
  oa: "/create/oa",
  app: "/create/app",
  terms: "/create/terms",
  done: "/create/done",
};
