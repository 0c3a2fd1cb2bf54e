import { request } from "../../api/client";
import type { CreateAccountRequest } from "../../domain/schemas";
import type { Account, Terms } from "../../domain/types";
import type { Lang } from "../../domain/languages";

/** The same `idempotencyKey` for a retried submit makes the server create one ZCA at most. */
export function createAccount(body: CreateAccountRequest, idempotencyKey: string): Promise<Account> {
  return request("POST", "/accounts", { body, headers: { "Idempotency-Key": idempotencyKey } });
}

/** The current terms in `lang`; the version the person accepts is the same in every language. */
export function getTerms(lang: Lang): Promise<Terms> {
  return request("GET", `/terms?lang=${lang}`);
}
