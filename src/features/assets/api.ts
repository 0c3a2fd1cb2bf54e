import { request } from "../../api/client";
import type { LinkedOa } from "../../domain/types";

export function linkOa(accountId: string, oaId: string): Promise<LinkedOa> {
  return request("POST", `/accounts/${encodeURIComponent(accountId)}/oas`, { body: { oaId } });
}

export function unlinkOa(accountId: string, oaId: string): Promise<void> {
  return request("DELETE", `/accounts/${encodeURIComponent(accountId)}/oas/${encodeURIComponent(oaId)}`);
}
