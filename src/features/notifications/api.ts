import { accountPath } from "../../api/account-path";
import { request } from "../../api/client";
import type { NotificationSettings, NotificationSettingsChange } from "../../domain/notifications";
import type { Member } from "../../domain/types";

export function getNotificationSettings(accountId: string): Promise<NotificationSettings> {
  return request("GET", `${accountPath(accountId)}/notifications`);
}

export function putNotificationSettings(
  accountId: string,
  change: NotificationSettingsChange,
): Promise<NotificationSettings> {
  return request("PUT", `${accountPath(accountId)}/notifications`, { body: change });
}

/** The ZCA's members: the people a notification can go to. */
export function listMembers(accountId: string): Promise<Member[]> {
  return request("GET", `${accountPath(accountId)}/members`);
}
