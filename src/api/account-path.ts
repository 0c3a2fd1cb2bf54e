/** The API's address of ZCA `accountId`; each of its resources sits under it. */
export function accountPath(accountId: string): string {
  return `/accounts/${encodeURIComponent(accountId)}`;
}
