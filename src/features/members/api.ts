import { request } from "../../api/client";
import type { MemberRole } from "../../domain/permissions";
import type { Member } from "../../domain/types";
import { accountPath } from "../../api/account-path";

const membersPath = (accountId: string) => `${accountPath(accountId)}/members`;

export function listMembers(accountId: string): Promise<Member[]> {
  return request("GET", membersPath(accountId));
}

/** Adds the person whose Zalo phone this is (any common Vietnamese form) with `role`. */
export function addMember(accountId: string, phone: string, role: MemberRole): Promise<Member> {
  return request("POST", membersPath(accountId), { body: { phone, role } });
}

export function changeRole(accountId: string, memberId: string, role: MemberRole): Promise<Member> {
  return request("PATCH", `${membersPath(accountId)}/${encodeURIComponent(memberId)}`, { body: { role } });
}

export function removeMember(accountId: string, memberId: string): Promise<void> {
  return request("DELETE", `${membersPath(accountId)}/${encodeURIComponent(memberId)}`);
}
