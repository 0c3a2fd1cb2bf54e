import type { Inbox } from "../domain/notifications";
import { accountPath } from "./account-path";
import { request } from "./client";

/** "Thông báo": the signed-in person's notifications from one ZCA, newest first, and how many are unread. */
export function getInbox(accountId: string, cursor?: string): Promise<Inbox> {
  const query = cursor ? `?cursor=${encodeURIComponent(cursor)}` : "";
  return request("GET", `${accountPath(accountId)}/inbox${query}`);
}

export function markInboxRead(accountId: string, ids: string[]): Promise<void> {
  return request("POST", `${accountPath(accountId)}/inbox/read`, { body: { ids } });
}
