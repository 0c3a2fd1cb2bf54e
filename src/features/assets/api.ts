import { request } from "../../api/client";
import type { LinkAppRequest } from "../../domain/schemas";
import type { App, LinkedOa } from "../../domain/types";
import { accountPath } from "../../api/account-path";

export function linkOa(accountId: string, oaId: string): Promise<LinkedOa> {
  return request("POST", `${accountPath(accountId)}/oas`, { body: { oaId } });
}

export function unlinkOa(accountId: string, oaId: string): Promise<void> {
  return request("DELETE", `${accountPath(accountId)}/oas/${encodeURIComponent(oaId)}`);
}

/** Links an app the person administers, or creates one named after the ZCA and links it. */
export function linkApp(accountId: string, body: LinkAppRequest): Promise<App> {
  return request("POST", `${accountPath(accountId)}/apps`, { body });
}

export function unlinkApp(accountId: string, appId: string): Promise<void> {
  return request("DELETE", `${accountPath(accountId)}/apps/${encodeURIComponent(appId)}`);
}
