import type { Lang } from "../domain/languages";
import type { OaGrant, OaGrantStart } from "../domain/types";
import { request } from "./client";

/** Starts an OA authorization: the answer names Zalo's permission page to open. */
export function startOaGrant(lang: Lang): Promise<OaGrantStart> {
  return request("POST", "/oa-grants", { body: { lang } });
}

export function getOaGrant(id: string): Promise<OaGrant> {
  return request("GET", `/oa-grants/${encodeURIComponent(id)}`);
}
