import type { Member } from "../../../src/domain/types";
import type { Role } from "../../../src/domain/permissions";
import { useMembers } from "../../../src/features/members/store";
import { useSession } from "../../../src/store/session";
import { binh, binhApi, resetStores, binhAccount } from "./assets-fixtures";

export const em = { id: "em", name: "Đỗ Thị Em", avatar: "" };
export const giang = { id: "giang", name: "Vũ Hoàng Giang", avatar: "" };

function member(person: { id: string; name: string }, role: Role, phone: string, addedAt: string): Member {
  return {
    id: person.id,
    personId: person.id,
    name: person.name,
    avatar: "",
    phone,
    role,
    addedBy: binh,
    addedAt,
    pending: false,
  };
}

/** Bình's ZCA as GET /members lists it: Bình, then Em (Finance) and Giang (Editor). */
export function binhMembers(): Member[] {
  return [
    member(binh, "super_admin", "•••••••002", "2024-03-12T09:30:00.000Z"),
    member(em, "finance", "•••••••005", "2024-04-02T03:15:00.000Z"),
    member(giang, "editor", "•••••••006", "2024-05-20T07:40:00.000Z"),
  ];
}

export const chauAsAdmin: Member = {
  id: "chau",
  personId: "chau",
  name: "Lê Minh Châu",
  avatar: "",
  phone: "•••••••003",
  role: "admin",
  addedBy: binh,
  addedAt: "2025-01-02T03:04:05.000Z",
  pending: false,
};

export const invitation: Member = {
  id: "inv-1",
  personId: null,
  name: null,
  avatar: "",
  phone: "•••••••678",
  role: "finance",
  addedBy: binh,
  addedAt: "2025-01-02T03:04:05.000Z",
  pending: true,
};

/** Every store back to its start, with `who` signed in (Bình by default). */
export function resetMemberStores(who: { id: string; name: string; avatar: string } = binh) {
  resetStores();
  useMembers.getState().clear();
  useSession.setState({
    me: { user: who, phone: null, ownPhone: null, accounts: [], canCreateAccount: true },
  });
}

type Routes = Parameters<typeof binhApi>[0];

/** The API as a member of Bình's ZCA with `role` sees it; `routes` adds or overrides handlers. */
export function membersApi(role: Role = "super_admin", routes: Routes = {}, members = binhMembers()) {
  return binhApi(
    { "GET /accounts/zca-binh-minh/members": () => ({ body: members }), ...routes },
    { account: { ...binhAccount(), role } },
  );
}
