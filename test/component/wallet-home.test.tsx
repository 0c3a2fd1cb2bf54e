import { act, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { useLocale } from "../../src/i18n/locale";
import { renderWallet } from "./support/render-wallet";
import { BASE, resetWalletStores, wallet, walletApi } from "./support/wallet-fixtures";

beforeEach(resetWalletStores);

const balanceCard = () => screen.getByRole("region", { name: "Số dư và giao dịch" });

describe("the ZCA's home and its wallet", () => {
  it("offers “Nạp tiền” and the wallet's records, and warns that the balance is under the alert", async () => {
    walletApi();
    const { user } = renderWallet(BASE);
    await screen.findByText("1.250.000 đ");
    expect(
      await screen.findByText(
        "Số dư đang thấp hơn mức cảnh báo 1.500.000 đ. Hãy nạp thêm để OA và ZNS không bị gián đoạn.",
      ),
    ).toBeInTheDocument();
    const links = within(balanceCard()).getByRole("navigation", { name: "Số dư và giao dịch" });
    expect(
      within(links)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Lịch sử giao dịch", "Chi tiêu", "Hóa đơn"]);
    await user.click(within(balanceCard()).getByRole("button", { name: "Nạp tiền" }));
    expect(await screen.findByRole("textbox", { name: "Số tiền nạp" })).toBeInTheDocument();
  });

  it("waits for the wallet's answer before drawing the home, so the warning never pushes the buttons down", async () => {
    let answerWallet: () => void = () => {};
    walletApi({
      [`GET ${BASE}/wallet`]: () =>
        new Promise((resolve) => (answerWallet = () => resolve({ body: wallet() }))),
    });
    renderWallet(BASE);
    expect(await screen.findByText("Đang tải…")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Nạp tiền" })).not.toBeInTheDocument();
    act(() => answerWallet());
    expect(await screen.findByText(/Số dư đang thấp hơn mức cảnh báo/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Nạp tiền" })).toBeEnabled();
  });

  it("draws the home without the warning when the wallet cannot be read", async () => {
    walletApi({ [`GET ${BASE}/wallet`]: () => ({ status: 503, body: { error: { code: "unavailable" } } }) });
    renderWallet(BASE);
    expect(await screen.findByRole("button", { name: "Nạp tiền" })).toBeEnabled();
    expect(screen.queryByText(/mức cảnh báo/)).not.toBeInTheDocument();
  });

  it("says nothing about the alert while the balance is above it", async () => {
    walletApi({
      [`GET ${BASE}/wallet`]: () => ({
        body: wallet({
          lowBalance: { enabled: true, threshold: 1_000_000, thresholdDays: null, below: false },
        }),
      }),
    });
    renderWallet(BASE);
    await screen.findByRole("button", { name: "Nạp tiền" });
    expect(screen.queryByText(/mức cảnh báo/)).not.toBeInTheDocument();
  });

  it("shows an Editor the balance and the warning, but no way to top up or to the records", async () => {
    walletApi({}, "editor");
    renderWallet(BASE);
    await screen.findByText(/Số dư đang thấp hơn mức cảnh báo/);
    expect(screen.queryByRole("button", { name: "Nạp tiền" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Lịch sử giao dịch" })).not.toBeInTheDocument();
  });

  it("says how long the balance lasts at the last 30 days' spending, under the balance", async () => {
    // 300.000 đ in 30 days is 10.000 đ a day: 1.250.000 đ lasts 125 days.
    walletApi();
    renderWallet(BASE);
    const forecast = await within(
      await screen.findByRole("region", { name: "Số dư và giao dịch" }),
    ).findByText("Số dư đủ dùng khoảng 125 ngày");
    expect(forecast.previousElementSibling).toHaveTextContent("1.250.000 đ");
  });

  it("says less than a day when the balance is under a day's spending", async () => {
    walletApi({ [`GET ${BASE}/wallet`]: () => ({ body: wallet({ balance: 5_000 }) }) });
    renderWallet(BASE);
    expect(await screen.findByText("Số dư đủ dùng chưa tới 1 ngày")).toBeInTheDocument();
  });

  it("says nothing about how long the balance lasts when nothing was spent in the last 30 days", async () => {
    walletApi({ [`GET ${BASE}/wallet`]: () => ({ body: wallet({ spentLast30Days: 0 }) }) });
    renderWallet(BASE);
    await screen.findByRole("button", { name: "Nạp tiền" });
    expect(screen.queryByText(/đủ dùng/)).not.toBeInTheDocument();
  });

  it("says nothing about how long the balance lasts to a role that does not see spending", async () => {
    walletApi({ [`GET ${BASE}/wallet`]: () => ({ body: wallet({ spentLast30Days: null }) }) }, "editor");
    renderWallet(BASE);
    await screen.findByText(/Số dư đang thấp hơn mức cảnh báo/);
    expect(screen.queryByText(/đủ dùng/)).not.toBeInTheDocument();
  });

  it("lets Finance top up", async () => {
    walletApi({}, "finance");
    renderWallet(BASE);
    expect(await screen.findByRole("button", { name: "Nạp tiền" })).toBeInTheDocument();
  });

  it("asks for the balance again when the person comes back to the app", async () => {
    let balance = 1_250_000;
    walletApi({ [`GET ${BASE}/wallet`]: () => ({ body: wallet({ balance }) }) });
    renderWallet(BASE);
    await screen.findByText("1.250.000 đ");
    balance = 1_450_000;
    act(() => void document.dispatchEvent(new Event("visibilitychange")));
    expect(await screen.findByText("1.450.000 đ")).toBeInTheDocument();
  });

  it("says what is usable and what Zalo's services hold, only while they hold some", async () => {
    walletApi({ [`GET ${BASE}/wallet`]: () => ({ body: wallet({ held: 300_000 }) }) });
    renderWallet(BASE);
    expect(
      await within(await screen.findByRole("region", { name: "Số dư và giao dịch" })).findByText(
        "Khả dụng 950.000 đ · Đang giữ 300.000 đ",
      ),
    ).toBeInTheDocument();
  });

  it("says nothing of holds when there are none", async () => {
    walletApi();
    renderWallet(BASE);
    await screen.findByText("Số dư đủ dùng khoảng 125 ngày");
    expect(screen.queryByText(/Khả dụng|Đang giữ/)).not.toBeInTheDocument();
  });

  it("says what is held in English", async () => {
    useLocale.setState({ lang: "en" });
    walletApi({ [`GET ${BASE}/wallet`]: () => ({ body: wallet({ held: 300_000 }) }) });
    renderWallet(BASE);
    expect(await screen.findByText("Available ₫950,000 · On hold ₫300,000")).toBeInTheDocument();
  });

  it("speaks English", async () => {
    useLocale.setState({ lang: "en" });
    walletApi();
    renderWallet(BASE);
    expect(await screen.findByRole("button", { name: "Top up" })).toBeInTheDocument();
    expect(screen.getByText("The balance lasts about 125 days")).toBeInTheDocument();
    expect(
      screen.getByText(
        "The balance is below the alert level of ₫1,500,000. Top up so the OAs and ZNS keep running.",
      ),
    ).toBeInTheDocument();
  });
});
