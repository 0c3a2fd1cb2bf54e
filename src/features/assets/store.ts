import { create } from "zustand";
import { canRetry, type ClientErrorCode } from "../../domain/errors";
import { useAccounts } from "../../store/accounts";
import { asyncSlot, IDLE, type AsyncState } from "../../store/async";
import {
  createAppChange,
  declareAppChange,
  linkAppChange,
  linkOaChange,
  unlinkAppChange,
  unlinkOaChange,
  type AssetChange,
  type Attempt,
  type LinkAction,
} from "./asset-changes";
import { personLists, type AssetKind } from "./cache-edits";

/** A change the server did not make, and why; OAs are linked and unlinked, never created here. */
export type LinkFailure = Attempt & { code: ClientErrorCode } & (
    | { kind: "oa"; action: "link" | "unlink" }
    | { kind: "app" }
  );

interface AssetsState {
  /** Assets with a change on its way to the server, by `busyKey`. */
  busy: Record<string, LinkAction>;
  failure: LinkFailure | null;
  link(accountId: string, oaId: string): Promise<boolean>;
  unlink(accountId: string, oaId: string): Promise<boolean>;
  linkApp(accountId: string, appId: string): Promise<boolean>;
  unlinkApp(accountId: string, appId: string): Promise<boolean>;
  /** "Tạo ứng dụng": an app named after the ZCA, linked to it. */
  createApp(accountId: string): Promise<boolean>;
  /** "Liên kết bằng App ID": an app the person declares, linked to the ZCA. */
  declareApp(accountId: string, appId: string): Promise<boolean>;
  retry(): Promise<boolean>;
  reset(): void;
}

/** Where the busy state of an asset is kept; "new" stands for an app being created. */
export function busyKey(kind: AssetKind, id: string): string {
  return `${kind}:${id}`;
}

const keyOf = ({ kind, action, assetId }: Attempt) => busyKey(kind, action === "create" ? "new" : assetId);

const initial = { busy: {}, failure: null };

/**
 * Linking and unlinking OAs and apps. A change shows at once in the shared ZCA, OA and app caches,
 * so every screen agrees; the server's answer confirms it or undoes it (`asset-changes.ts`).
 */
export const useAssets = create<AssetsState>()((set, get) => {
  /**
   * Where a change's slot lands, in the same task as what it shows: on its way, the asset busy; its
   * answer kept in the caches; or the change taken back and the failure named.
   */
  function land(change: AssetChange, state: AsyncState<unknown>): void {
    const { attempt } = change;
    if (state.status === "ready") change.confirm(state.data);
    if (state.status === "failed") change.undo();
    const { [keyOf(attempt)]: _done, ...busy } = get().busy;
    set({
      busy: state.status === "loading" ? { ...busy, [keyOf(attempt)]: attempt.action } : busy,
      failure: state.status === "failed" ? ({ ...attempt, code: state.error } as LinkFailure) : null,
    });
  }

  /**
   * Makes a change, unless it would be refused or its asset already has one on its way. Each change
   * has a slot of its own, so changes of different assets run side by side.
   */
  async function run(change: AssetChange | null): Promise<boolean> {
    if (!change || get().busy[keyOf(change.attempt)]) return false;
    const slot = asyncSlot<unknown>(
      () => IDLE,
      (state) => land(change, state),
    );
    change.apply();
    const outcome = await slot.run(() => change.send());
    const { attempt } = change;
    // After a refusal the screen may be out of date: show what the server now says.
    if (outcome && !outcome.ok && !canRetry(outcome.error)) {
      void useAccounts.getState().load(attempt.accountId);
      void personLists[attempt.kind]().load();
    }
    return outcome?.ok === true;
  }

  return {
    ...initial,
    link: (accountId, oaId) => run(linkOaChange(accountId, oaId)),
    unlink: (accountId, oaId) => run(unlinkOaChange(accountId, oaId)),
    linkApp: (accountId, appId) => run(linkAppChange(accountId, appId)),
    unlinkApp: (accountId, appId) => run(unlinkAppChange(accountId, appId)),
    createApp: (accountId) => run(createAppChange(accountId)),
    declareApp: (accountId, appId) => run(declareAppChange(accountId, appId)),
    retry: async () => {
      const { failure, ...actions } = get();
      if (!failure || !canRetry(failure.code)) return false;
      const { kind, action, accountId, assetId } = failure;
      if (action === "create") return actions.createApp(accountId);
      if (action === "declare") return actions.declareApp(accountId, assetId);
      if (kind === "oa") return (action === "link" ? actions.link : actions.unlink)(accountId, assetId);
      return (action === "link" ? actions.linkApp : actions.unlinkApp)(accountId, assetId);
    },
    reset: () => set(initial),
  };
});
