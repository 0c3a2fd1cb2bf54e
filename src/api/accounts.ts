import type { CreateAccountRequest } from "../domain/schemas";
import type { Account, LinkedOa } from "../domain/types";
import { request } from "./client";

/** The same `idempotencyKey` for a retried submit makes the server create one ZCA at most. */
export function createAccount(body: CreateAccountRequest, idempotencyKey: string): Promise<Account> {
  return request("POST", "/accounts", { body, headers: { "Idempotency-Key": idempotencyKey } });
}

export function getAccount(id: string): Promise<Account> {
  return request("GET", `/accounts/${encodeURIComponent(id)}`);
}

export function linkOa(accountId: string, oaId: string): Promise<LinkedOa> {
  return request("POST", `/accounts/${encodeURIComponent(accountId)}/oas`, { body: { oaId } });
}

export function unlinkOa(accountId: string, oaId: string): Promise<void> {
  return request("DELETE", `/accounts/${encodeURIComponent(accountId)}/oas/${encodeURIComponent(oaId)}`);
}
