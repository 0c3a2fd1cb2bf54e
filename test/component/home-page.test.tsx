import { screen } from "@testing-library/react";
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

  it("takes a person whose phone owns a ZCA straight to it instead of offering creation", async () => {
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
});
