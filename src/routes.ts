/**
 * Every screen's address. `path` is the pattern the route table (src/app.tsx) matches; `href()`
 * builds a concrete address from the pattern's parameters, each encoded, and the compiler asks for
 * exactly those parameters. This module holds only strings and functions: importing it loads no
 * screen's code, so any area may name any screen.
 */

/** The parameter names in a pattern: "/accounts/:accountId/members/:memberId" → accountId | memberId. */
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

type HrefArgs<P extends string> = [ParamNames<P>] extends [never] ? [] : [Record<ParamNames<P>, string>];

export interface Route<P extends string = string> {
  path: P;
  href(...params: HrefArgs<P>): string;
}

function route<P extends string>(path: P): Route<P> {
  return {
    path,
    href: (...[params]: HrefArgs<P>) =>
      path.replace(/:(\w+)/g, (_, name: string) =>
        encodeURIComponent((params as Record<string, string>)[name]!),
      ),
  };
}

export const routes = {
  home: route("/"),
  create: route("/create"),
  createName: route("/create/name"),
  createOa: route("/create/oa"),
  createApp: route("/create/app"),
  createTerms: route("/create/terms"),
  createDone: route("/create/done"),
  account: route("/accounts/:accountId"),
  settings: route("/accounts/:accountId/settings"),
  business: route("/accounts/:accountId/business"),
  assets: route("/accounts/:accountId/assets"),
  linkOa: route("/accounts/:accountId/assets/oas"),
  linkApps: route("/accounts/:accountId/assets/apps"),
  topup: route("/accounts/:accountId/wallet/topup"),
  topupResult: route("/accounts/:accountId/wallet/topups/:topupId"),
  topupTransfer: route("/accounts/:accountId/wallet/topups/:topupId/transfer"),
  history: route("/accounts/:accountId/wallet/history"),
  spending: route("/accounts/:accountId/wallet/spending"),
  invoices: route("/accounts/:accountId/wallet/invoices"),
  invoice: route("/accounts/:accountId/wallet/invoices/:invoiceId"),
  notifications: route("/accounts/:accountId/settings/notifications"),
  inbox: route("/accounts/:accountId/inbox"),
  members: route("/accounts/:accountId/members"),
  addMember: route("/accounts/:accountId/members/add"),
  roles: route("/accounts/:accountId/members/roles"),
  superAdmin: route("/accounts/:accountId/members/super-admin"),
  member: route("/accounts/:accountId/members/:memberId"),
};

export type ScreenName = keyof typeof routes;
