import type { Account, App, Oa } from "../domain/types";
import { request } from "./client";

/** The OAs the signed-in person administers. */
export function listOas(): Promise<Oa[]> {
  return request("GET", "/oas");
}

/** The apps the signed-in person administers. */
export function listApps(): Promise<App[]> {
  return request("GET", "/apps");
}

export function getAccount(id: string): Promise<Account> {
  return request("GET", `/accounts/${encodeURIComponent(id)}`);
}
