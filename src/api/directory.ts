import type { Account, App, Oa, Page } from "../domain/types";
import { request } from "./client";
import { accountPath } from "./account-path";

/** A page of `limit`, after `cursor`, matching `q`. */
export interface PageQuery {
  limit: number;
  cursor?: string;
  q?: string;
}

function pageParams({ limit, cursor, q }: PageQuery): string {
  const params = new URLSearchParams({ limit: String(limit) });
  if (cursor) params.set("cursor", cursor);
  if (q) params.set("q", q);
  return params.toString();
}

/** A page of the OAs the signed-in person administers, by name; those matching `q` when searching. */
export function listOas(query: PageQuery): Promise<Page<Oa>> {
  return request("GET", `/oas?${pageParams(query)}`);
}

/** A page of the apps the signed-in person administers, by name; those matching `q` when searching. */
export function listApps(query: PageQuery): Promise<Page<App>> {
  return request("GET", `/apps?${pageParams(query)}`);
}

export function getAccount(id: string): Promise<Account> {
  return request("GET", accountPath(id));
}
