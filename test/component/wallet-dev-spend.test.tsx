import { screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { useLocale } from "../../src/i18n/locale";
import { useSession } from "../../src/store/session";
import { renderWallet } from "./support/render-wallet";
import { BASE, resetWalletStores, spending, walletApi } from "./support/wallet-fixtures";

beforeEach(resetWalletStores);

const PATH = `${BASE}/wallet/spending`;
const card = async (name = "Giả lập chi tiêu (chế độ phát triển)") =>
  within(await screen.findByRole("region", { name }));

describe("Chi tiêu → Giả lập chi tiêu (dev mode only)", () => {
  it("sends the chosen kind, OA or app and amount, says it was debited and draws the spending again", async () => {
    useSession.setState({ devMode: true });
    let spent = spending;
    const simulate = vi.fn(() => {
      spent = {
        ...spending,
        byApp: [{ id: "1864203957731480522", name: "Bình Minh Đặt lịch", amount: 1_000_000 }],
      };
      return { body: { outcome: "debited" } };
    });
    walletApi({
      [`GET ${BASE}/spending`]: () => ({ body: spent }),
      "POST /dev/usage/zca-binh-minh": simulate,
    });
    const { user } = renderWallet(PATH);
    const form = await card();
    expect(form.getByRole("radio", { name: "Tin ZNS" })).toBeChecked();
    expect(form.getByRole("radio", { name: "Ứng dụng · Bình Minh Đặt lịch" })).toBeChecked();
    await user.click(form.getByRole("radio", { name: "Tin chủ động" }));
    // Proactive messages are an OA's: the app is no longer offered.
    expect(form.queryByRole("radio", { name: /Ứng dụng/ })).not.toBeInTheDocument();
    await user.click(form.getByRole("radio", { name: "OA · Bình Minh Spa" }));
    const amount = form.getByRole("textbox", { name: "Số tiền" });
    await user.clear(amount);
    await user.type(amount, "70000");
    await user.click(form.getByRole("button", { name: "Gửi chi tiêu giả lập" }));
    expect(await form.findByText("Đã trừ 70.000 đ khỏi số dư.")).toBeInTheDocument();
    expect(simulate).toHaveBeenCalledWith(
      expect.objectContaining({ body: { kind: "proactive", oaId: "oa-binh-minh", amount: 70_000 } }),
    );
    const byApp = within(screen.getByRole("region", { name: "Theo ứng dụng" }));
    expect(await byApp.findByText("1.000.000 đ")).toBeInTheDocument();
  });

  it("says when the available balance refuses it, in English too", async () => {
    useSession.setState({ devMode: true });
    useLocale.setState({ lang: "en" });
    walletApi({
      [`GET ${BASE}/spending`]: () => ({ body: spending }),
      "POST /dev/usage/zca-binh-minh": () => ({
        body: { outcome: "refused", reason: "insufficient_balance" },
      }),
    });
    const { user } = renderWallet(PATH);
    const form = await card("Simulate spending (dev mode)");
    await user.click(form.getByRole("button", { name: "Send the simulated spending" }));
    expect(await form.findByText("Refused: the available balance is not enough.")).toBeInTheDocument();
  });

  it("asks for an amount before sending", async () => {
    useSession.setState({ devMode: true });
    const simulate = vi.fn(() => ({ body: { outcome: "debited" } }));
    walletApi({
      [`GET ${BASE}/spending`]: () => ({ body: spending }),
      "POST /dev/usage/zca-binh-minh": simulate,
    });
    const { user } = renderWallet(PATH);
    const form = await card();
    await user.clear(form.getByRole("textbox", { name: "Số tiền" }));
    await user.click(form.getByRole("button", { name: "Gửi chi tiêu giả lập" }));
    expect(await form.findByRole("alert")).toHaveTextContent("Hãy nhập số tiền.");
    expect(simulate).not.toHaveBeenCalled();
  });

  it("is not there outside dev mode", async () => {
    walletApi({ [`GET ${BASE}/spending`]: () => ({ body: spending }) });
    renderWallet(PATH);
    await screen.findByRole("region", { name: /^Theo tháng/ });
    expect(screen.queryByRole("region", { name: /Giả lập/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Giả lập|giả lập/ })).not.toBeInTheDocument();
  });
});
