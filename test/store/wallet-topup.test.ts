import { beforeEach, describe, expect, it } from "vitest";
import { useTopup } from "../../src/features/wallet/topup-store";
import { useAccounts } from "../../src/store/accounts";
import { useWallets } from "../../src/store/wallets";
import { apiError, binhAccount } from "../component/support/assets-fixtures";
import {
  BASE,
  resetWalletStores,
  transferTopup,
  wallet,
  walletApi,
  ACCOUNT,
} from "../component/support/wallet-fixtures";

beforeEach(resetWalletStores);

const request = { amount: 500_000, method: "bank_transfer", invoice: false } as const;
const keys = (calls: { method: string; path: string; headers: Headers }[]) =>
  calls
    .filter((c) => c.method === "POST" && c.path === `${BASE}/topups`)
    .map((c) => c.headers.get("Idempotency-Key"));

describe("one top-up per Idempotency-Key", () => {
  it("sends the same key again after a failure, so the server never makes two top-ups of one", async () => {
    let down = true;
    const { calls } = walletApi({
      [`POST ${BASE}/topups`]: () =>
        down ? apiError(500, "internal") : { status: 201, body: transferTopup() },
    });
    expect(await useTopup.getState().start(ACCOUNT, request)).toBeNull();
    expect(useTopup.getState().submit.error).toBe("internal");
    down = false;
    expect(await useTopup.getState().start(ACCOUNT, request)).toMatchObject({ id: "topup-2" });
    const [first, second] = keys(calls);
    expect(second).toBe(first);
  });

  it("makes a new key for the next top-up from the form opened again, even of the same amount", async () => {
    const { calls } = walletApi({ [`POST ${BASE}/topups`]: () => ({ status: 201, body: transferTopup() }) });
    await useTopup.getState().start(ACCOUNT, request);
    useTopup.getState().openForm();
    await useTopup.getState().start(ACCOUNT, request);
    const [first, second] = keys(calls);
    expect(second).toEqual(expect.any(String));
    expect(second).not.toBe(first);
  });
});

describe("the wallet cache", () => {
  it("keeps the ZCA's balance in step with the wallet's", async () => {
    walletApi({ [`GET ${BASE}/wallet`]: () => ({ body: wallet({ balance: 1_450_000 }) }) });
    useAccounts.getState().remember(binhAccount());
    await useWallets.getState().load(ACCOUNT);
    expect(useAccounts.getState().byId[ACCOUNT]!.data!.balance).toBe(1_450_000);
  });
});
