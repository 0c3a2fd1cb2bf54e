import { routes } from "../../routes";
import type { Step } from "./draft";

export const STEP_PATH: Record<Step, string> = {
  start: routes.create.href(),
  name: routes.createName.href(),
  oa: routes.createOa.href(),
  app: routes.createApp.href(),
  terms: routes.createTerms.href(),
  done: routes.createDone.href(),
};
