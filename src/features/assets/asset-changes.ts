import { declaredAppName } from "../../domain/app-id";
import { appUnavailableReason, oaUnavailableReason } from "../../domain/linking";
import type { Account, LinkedOa } from "../../domain/types";
import { useAccounts } from "../../store/accounts";
import { useSession } from "../../store/session";
import { linkApp, linkOa, unlinkApp, unlinkOa } from "./api";
import {
  byLinkedAt,
  linkedFields,
  personLists,
  setHolder,
  withApp,
  withoutApp,
  type AssetKind,
} from "./cache-edits";

export type LinkAction = "link" | "unlink" | "create" | "declare";

/** A change to one of a ZCA's assets, as a failure names it and a retry makes it again. */
export interface Attempt {
  kind: AssetKind;
  action: LinkAction;
  accountId: string;
  /** The OA or app; empty for an app that failed to be created. */
  assetId: string;
  /** The OA's or app's name, or for a creation the ZCA's name the app would have had. */
  name: string;
}

/**
 * One change: `apply` shows it at once, `send` asks the server, `confirm` keeps its answer, `undo`
 * takes the change back when the server did not make it.
 */
export interface AssetChange<T = unknown> {
  attempt: Attempt;
  apply(): void;
  send(): Promise<T>;
  confirm(answer: T): void;
  undo(): void;
}

// Each function below is the change a person asks for, or null when the server would refuse it
// (the ZCA or the asset is not here, or the asset may not be linked): it is then not sent.

const accountOf = (accountId: string) => useAccounts.getState().byId[accountId]?.data;
const updateAccount = (accountId: string, update: (account: Account) => Account) =>
  useAccounts.getState().update(accountId, update);
/** Types `confirm` with what `send` answers. */
const change = <T>(c: AssetChange<T>): AssetChange => c;

export function linkOaChange(accountId: string, oaId: string): AssetChange | null {
  const account = accountOf(accountId);
  const oa = personLists.oa().seen[oaId];
  if (!account || !oa || oaUnavailableReason(oa, accountId) !== undefined) return null;
  const linkedBy = useSession.getState().me?.user ?? account.superAdmin;
  const optimistic: LinkedOa = { ...linkedFields(oa), linkedBy, linkedAt: new Date().toISOString() };
  return change({
    attempt: { kind: "oa", action: "link", accountId, assetId: oaId, name: oa.name },
    apply: () => {
      updateAccount(accountId, (a) => ({ ...a, oas: [...a.oas, optimistic] }));
      setHolder("oa", oaId, accountId);
    },
    send: () => linkOa(accountId, oaId),
    confirm: (link) =>
      updateAccount(accountId, (a) => ({ ...a, oas: a.oas.map((o) => (o.id === oaId ? link : o)) })),
    undo: () => {
      updateAccount(accountId, (a) => ({ ...a, oas: a.oas.filter((o) => o.id !== oaId) }));
      setHolder("oa", oaId, null);
    },
  });
}

export function unlinkOaChange(accountId: string, oaId: string): AssetChange | null {
  const linked = accountOf(accountId)?.oas.find((o) => o.id === oaId);
  if (!linked) return null;
  return change({
    attempt: { kind: "oa", action: "unlink", accountId, assetId: oaId, name: linked.name },
    apply: () => {
      updateAccount(accountId, (a) => ({ ...a, oas: a.oas.filter((o) => o.id !== oaId) }));
      setHolder("oa", oaId, null);
    },
    send: () => unlinkOa(accountId, oaId),
    confirm: () => {},
    undo: () => {
      updateAccount(accountId, (a) => ({ ...a, oas: [...a.oas, linked].sort(byLinkedAt) }));
      setHolder("oa", oaId, accountId);
    },
  });
}

export function linkAppChange(accountId: string, appId: string): AssetChange | null {
  const app = personLists.app().seen[appId];
  if (!accountOf(accountId) || !app || appUnavailableReason(app, accountId) !== undefined) return null;
  return change({
    attempt: { kind: "app", action: "link", accountId, assetId: appId, name: app.name },
    apply: () => {
      updateAccount(accountId, withApp({ ...app, linkedAccountId: accountId }));
      setHolder("app", appId, accountId);
    },
    send: () => linkApp(accountId, { appId }),
    confirm: (linked) => updateAccount(accountId, withApp(linked)),
    undo: () => {
      updateAccount(accountId, withoutApp(appId));
      setHolder("app", appId, null);
    },
  });
}

export function unlinkAppChange(accountId: string, appId: string): AssetChange | null {
  const linked = accountOf(accountId)?.apps.find((a) => a.id === appId);
  if (!linked) return null;
  return change({
    attempt: { kind: "app", action: "unlink", accountId, assetId: appId, name: linked.name },
    apply: () => {
      updateAccount(accountId, withoutApp(appId));
      setHolder("app", appId, null);
    },
    send: () => unlinkApp(accountId, appId),
    confirm: () => {},
    undo: () => {
      updateAccount(accountId, withApp(linked));
      setHolder("app", appId, accountId);
    },
  });
}

/** Not shown before the server answers: the app has no id until it exists. */
export function createAppChange(accountId: string): AssetChange | null {
  const account = accountOf(accountId);
  if (!account) return null;
  return change({
    attempt: { kind: "app", action: "create", accountId, assetId: "", name: account.name },
    apply: () => {},
    send: () => linkApp(accountId, { create: true }),
    confirm: (created) => {
      updateAccount(accountId, withApp(created));
      personLists.app().update((apps) => [...apps, created]);
    },
    undo: () => {},
  });
}

/** Not shown before the server answers either: only it knows whether the App ID may be linked. */
export function declareAppChange(accountId: string, appId: string): AssetChange | null {
  if (!accountOf(accountId)) return null;
  return change({
    attempt: { kind: "app", action: "declare", accountId, assetId: appId, name: declaredAppName(appId) },
    apply: () => {},
    send: () => linkApp(accountId, { declaredAppId: appId }),
    confirm: (declared) => {
      updateAccount(accountId, withApp(declared));
      personLists.app().update((apps) => [...apps.filter((a) => a.id !== declared.id), declared]);
    },
    undo: () => {},
  });
}
