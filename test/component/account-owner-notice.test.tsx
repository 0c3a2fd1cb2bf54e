// Issue 25: "…nên bạn được đưa thẳng tới đây" explains a redirect to the ZCA the person's phone
// owns, once on a device; never just after creating it. A back arrow that would lead nowhere (home
// leads straight back here) is not drawn.
import { cleanup, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import type { Me } from "../../src/domain/types";
import AccountPage from "../../src/features/account/account-page";
import HomePage from "../../src/features/home/home-page";
import { useSession } from "../../src/store/session";
import { binh } from "./support/assets-fixtures";
import { renderAt } from "./support/render";
import { BASE, resetWalletStores, walletApi } from "./support/wallet-fixtures";

const NOTICE = /nên bạn được đưa thẳng tới đây/;
const ZCA = { id: "zca-binh-minh", name: "Cong ty TNHH Binh Minh", role: "super_admin" as const };
const zcaRoute = { "/accounts/:accountId": <AccountPage /> };
const routes = { "/": <HomePage />, ...zcaRoute };

function signIn(accounts: Me["accounts"]) {
  useSession.setState({
    me: {
      user: binh,
      phone: "•••••••002",
      ownPhone: "+84901000002",
      accounts,
      canCreateAccount: false,
      reason: "phone_owns_account",
    },
  });
}

/** The ZCA's home, drawn: its balance card is there. */
const zcaHome = () => screen.findByRole("region", { name: "Số dư và giao dịch" });

beforeEach(() => {
  resetWalletStores();
  localStorage.clear();
  walletApi();
});

describe("the owner's notice on the ZCA's home", () => {
  it("explains the redirect from home the first time, then no more on this device", async () => {
    signIn([ZCA]);
    renderAt("/", routes);
    await zcaHome();
    expect(screen.getByText(NOTICE)).toHaveAttribute("role", "status");
    cleanup();

    renderAt("/", routes);
    await zcaHome();
    expect(screen.queryByText(NOTICE)).not.toBeInTheDocument();
  });

  it("says nothing just after creating, and draws no back arrow when home leads straight here", async () => {
    signIn([ZCA]);
    renderAt(BASE, zcaRoute);
    await zcaHome();
    expect(screen.queryByText(NOTICE)).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Quay lại" })).not.toBeInTheDocument();
  });

  it("keeps the back arrow for a person whom home shows a list of ZCAs", async () => {
    signIn([ZCA, { id: "zca-other", name: "Cong ty Khac", role: "editor" }]);
    renderAt(BASE, zcaRoute);
    await zcaHome();
    expect(screen.getByRole("button", { name: "Quay lại" })).toBeInTheDocument();
  });
});
