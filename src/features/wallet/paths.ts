/** Where a top-up's result is followed, and where its transfer is shown. */
export const resultPath = (accountId: string, topupId: string) =>
  `/accounts/${accountId}/wallet/topups/${topupId}`;
