import type { Wallet } from "../domain/types";
import { request } from "./client";
import { accountPath } from "./account-path";

/** A ZCA's balance, its own transfer account and its low-balance alert. */
export function getWallet(accountId: string): Promise<Wallet> {
  return request("GET", `${accountPath(accountId)}/wallet`);
}
