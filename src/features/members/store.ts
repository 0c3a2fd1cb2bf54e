import { useEffect } from "react";
import { create } from "zustand";
import { canRetry } from "../../domain/errors";
import type { MemberRole } from "../../domain/permissions";
import type { Member } from "../../domain/types";
import { useAccounts } from "../../store/accounts";
import { asyncSlot, IDLE, keyedSlots, type AsyncState, type Outcome } from "../../store/async";
import { onPersonChange, useSession } from "../../store/session";
import { addMember, changeRole, listMembers, removeMember } from "./api";

interface MembersState {
  /** Each ZCA's members, by the ZCA's id. */
  byAccount: Record<string, AsyncState<Member[]>>;
  /** The last add, role change or removal: on its way, done (the member; null once removed), or refused. */
  change: AsyncState<Member | null>;
  load(accountId: string): Promise<void>;
  add(accountId: string, phone: string, role: MemberRole): Promise<Outcome<Member | null> | null>;
  changeRole(accountId: string, memberId: string, role: MemberRole): Promise<Outcome<Member | null> | null>;
  remove(accountId: string, memberId: string): Promise<Outcome<Member | null> | null>;
  /** Forgets the last change's outcome, when a screen that makes one opens. */
  resetChange(): void;
  clear(): void;
}

/**
 * The members of each ZCA the person opened, and the changes they make to them. Changes wait for
 * the server (it decides who a phone belongs to, and whether the rank allows it); a refusal shows
 * the list as the server now has it.
 */
export const useMembers = create<MembersState>()((set, get) => {
  const lists = keyedSlots<Member[]>(
    (accountId) => get().byAccount[accountId],
    (accountId, next) => set((s) => ({ byAccount: { ...s.byAccount, [accountId]: next } })),
  );
  const changeSlot = asyncSlot(
    () => get().change,
    (change) => set({ change }),
  );

  function updateList(accountId: string, update: (members: Member[]) => Member[]): void {
    const list = get().byAccount[accountId];
    if (list?.data)
      set((s) => ({ byAccount: { ...s.byAccount, [accountId]: { ...list, data: update(list.data!) } } }));
  }

  /** Runs one change; `apply` keeps its answer in the list. */
  async function run(
    accountId: string,
    memberId: string | null,
    work: () => Promise<Member | null>,
    apply: (members: Member[], answer: Member | null) => Member[],
  ) {
    const personId = get().byAccount[accountId]?.data?.find((m) => m.id === memberId)?.personId;
    const outcome = await changeSlot.run(work);
    if (outcome?.ok) {
      updateList(accountId, (members) => apply(members, outcome.data));
      // A change to one's own membership changes what one may do, here and on home.
      const myId = useSession.getState().me?.user.id;
      if (personId && personId === myId) {
        void useAccounts.getState().load(accountId);
        void useSession.getState().refreshMe();
      }
    } else if (outcome && !canRetry(outcome.error)) {
      void get().load(accountId);
    }
    return outcome;
  }

  return {
    byAccount: {},
    change: IDLE,
    load: async (accountId) => {
      await lists.of(accountId).run(() => listMembers(accountId));
    },
    add: (accountId, phone, role) =>
      run(
        accountId,
        null,
        () => addMember(accountId, phone, role),
        (members, added) => inListOrder([...members, added!]),
      ),
    changeRole: (accountId, memberId, role) =>
      run(
        accountId,
        memberId,
        () => changeRole(accountId, memberId, role),
        (members, changed) => members.map((m) => (m.id === memberId ? changed! : m)),
      ),
    remove: (accountId, memberId) =>
      run(
        accountId,
        memberId,
        async () => {
          await removeMember(accountId, memberId);
          return null;
        },
        (members) => members.filter((m) => m.id !== memberId),
      ),
    resetChange: () => changeSlot.reset(),
    clear: () => {
      lists.resetAll();
      changeSlot.reset();
      set({ byAccount: {} });
    },
  };
});

onPersonChange(() => useMembers.getState().clear());

/** The server's order: members before pending invitations, each group as it was added. */
function inListOrder(members: Member[]): Member[] {
  return [...members.filter((m) => !m.pending), ...members.filter((m) => m.pending)];
}

/** A ZCA's members for a screen: loaded when it opens, the kept copy shown meanwhile. */
export function useMemberList(accountId: string) {
  const state = useMembers((s) => s.byAccount[accountId]) ?? IDLE;
  useEffect(() => {
    void useMembers.getState().load(accountId);
  }, [accountId]);
  return { ...state, reload: () => void useMembers.getState().load(accountId) };
}
