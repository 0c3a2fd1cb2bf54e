import { request } from "../../api/client";
import type { BusinessInput } from "../../domain/business";
import type { Account } from "../../domain/types";
import { accountPath } from "../../api/account-path";

/** Sets every business detail of the ZCA; answers the ZCA as it now is. */
export function updateBusiness(accountId: string, business: BusinessInput): Promise<Account> {
  return request("PATCH", `${accountPath(accountId)}/business`, { body: business });
}
