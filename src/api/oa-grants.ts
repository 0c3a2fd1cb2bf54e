import type { Lang } from "../domain/languages";
import type { OaGrant, OaGrantStart } from "../domain/types";
import { request } from "./client";

/**
 * Starts an OA authorization. The answer's `url` is the API's single-use link: the browser that
 * opens it (once, within two minutes) is the one whose "Xác nhận" adds the OA, and is sent on to
 * Zalo's permission page. Open it once, as is, in the page the person will use.
 */
export function startOaGrant(lang: Lang): Promise<OaGrantStart> {
  return request("POST", "/oa-grants", { body: { lang } });
}

export function getOaGrant(id: string): Promise<OaGrant> {
  return request("GET", `/oa-grants/${encodeURIComponent(id)}`);
}
