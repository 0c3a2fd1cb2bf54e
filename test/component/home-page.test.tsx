import { screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import HomePage from "../../src/features/home/home-page";
import { useSession } from "../../src/store/session";
import { fakeApi } from "./support/fake-api";
import { renderAt } from "./support/render";

const an = { id: "an", name: "Nguyễn Văn An", avatar: "" };

function signedIn(me: Partial<ReturnType<typeof useSession.getState>["me"]> = {}) {
  useSession.setState({
    status: "signed-in",
    devMode: true,
    me: {
      user: an,
      phone: "•••••••001",
      ownPhone: "+84901000001",
      accounts: [],
      canCreateAccount: true,
      ...me,
    },
  });
}

beforeEach(() => {
  useSession.setState(useSession.getInitialState(), true);
  fakeApi({});
});

describe("HomePage", () => {
  it("greets the person and explains what a ZCA pays for and what it does not", async () => {
    signedIn();
    renderAt("/", { "/": <HomePage /> });
    expect(await screen.findByText("Xin chào, Nguyễn Văn An")).toBeInTheDocument();
    expect(screen.getByText("Gửi Tin chủ động đến người quan tâm OA")).toBeInTheDocument();
    expect(
      screen.getByText(/không phải là tài khoản thanh toán quảng cáo Zalo Ads hay Zalo Shop/),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tạo tài khoản Zalo Cloud Account" })).toBeEnabled();
    // The ZBS name is said once, on the create flow's first step.
    expect(screen.queryByText(/tài khoản ZBS/)).not.toBeInTheDocument();
  });

  it("takes a person whose phone owns a ZCA, and who belongs to no other, straight to it", async () => {
    signedIn({
      accounts: [{ id: "zca-1", name: "Cong ty Binh Minh", role: "super_admin" }],
      canCreateAccount: false,
      reason: "phone_owns_account",
    });
    renderAt("/", { "/": <HomePage />, "/accounts/:accountId": <p>ZCA screen</p> });
    expect(await screen.findByText("ZCA screen")).toBeInTheDocument();
    expect(
      screen.queryByRole("button", { name: "Tạo tài khoản Zalo Cloud Account" }),
    ).not.toBeInTheDocument();
  });

  it("lists every ZCA a member belongs to with her role first, and offers her own ZCA (R1) only as a second choice below", async () => {
    signedIn({
      accounts: [
        { id: "zca-1", name: "Công ty TNHH Bình Minh", role: "admin" },
        { id: "zca-2", name: "Cà phê Sáng", role: "finance" },
      ],
    });
    const { user } = renderAt("/", { "/": <HomePage />, "/accounts/:accountId": <p>ZCA screen</p> });
    const list = await screen.findByRole("region", { name: "ZCA bạn tham gia" });
    expect(
      within(list)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Công ty TNHH Bình MinhQuản trị viên", "Cà phê SángTài chính viên"]);
    expect(
      screen.queryByRole("button", { name: "Tạo tài khoản Zalo Cloud Account" }),
    ).not.toBeInTheDocument();
    expect(screen.queryByText("Gửi Tin chủ động đến người quan tâm OA")).not.toBeInTheDocument();
    const own = screen.getByRole("region", { name: "Doanh nghiệp của bạn chưa có ZCA?" });
    expect(own).toHaveTextContent("Các ZCA bạn đang tham gia vẫn giữ nguyên.");
    expect(list.compareDocumentPosition(own) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const create = within(own).getByRole("button", { name: "Tạo ZCA cho doanh nghiệp của bạn" });
    // Drawn as a secondary button, not the screen's main action.
    expect(create).toHaveClass("zaui-btn-secondary");
    await user.click(within(list).getByRole("button", { name: /^Cà phê Sáng/ }));
    expect(await screen.findByText("ZCA screen")).toBeInTheDocument();
  });

  it("lists the ZCA a person owns beside the ones she is a member of, and says why she cannot create another", async () => {
    signedIn({
      accounts: [
        { id: "zca-own", name: "Công ty An Nhiên", role: "super_admin" },
        { id: "zca-1", name: "Công ty TNHH Bình Minh", role: "admin" },
      ],
      canCreateAccount: false,
      reason: "phone_owns_account",
    });
    renderAt("/", { "/": <HomePage />, "/accounts/:accountId": <p>ZCA screen</p> });
    const list = await screen.findByRole("region", { name: "ZCA bạn tham gia" });
    expect(
      within(list).getByRole("button", { name: /^Công ty An Nhiên\s*Quản trị viên cấp cao/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Mỗi số điện thoại chỉ là Quản trị viên cấp cao của một ZCA/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole("button", { name: "Tạo tài khoản Zalo Cloud Account" }),
    ).not.toBeInTheDocument();
  });

  it("opens the create flow from a member's second choice", async () => {
    signedIn({ accounts: [{ id: "zca-1", name: "Công ty TNHH Bình Minh", role: "finance" }] });
    const { user } = renderAt("/", { "/": <HomePage />, "/create": <p>Create flow</p> });
    await user.click(await screen.findByRole("button", { name: "Tạo ZCA cho doanh nghiệp của bạn" }));
    expect(await screen.findByText("Create flow")).toBeInTheDocument();
  });

  it("never lands a member on a ZCA she does not own", async () => {
    signedIn({ accounts: [{ id: "zca-1", name: "Công ty TNHH Bình Minh", role: "admin" }] });
    renderAt("/", { "/": <HomePage />, "/accounts/:accountId": <p>ZCA screen</p> });
    expect(await screen.findByText("Xin chào, Nguyễn Văn An")).toBeInTheDocument();
    expect(screen.queryByText("ZCA screen")).not.toBeInTheDocument();
  });
});
