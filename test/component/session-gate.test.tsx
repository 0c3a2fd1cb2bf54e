import { screen } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import HomePage from "../../src/features/home/home-page";
import { SessionGate } from "../../src/features/sign-in/session-gate";
import { useLocale } from "../../src/i18n/locale";
import { useSession } from "../../src/store/session";
import { fakeApi } from "./support/fake-api";
import { renderAt } from "./support/render";

const an = { id: "an", name: "Nguyễn Văn An", avatar: "" };
const binh = { id: "binh", name: "Trần Thị Bình", avatar: "" };
const meOf = (user: typeof an) => ({
  user,
  phone: "•••••••001",
  ownPhone: "+84901000001",
  accounts: [],
  canCreateAccount: true,
});

function devServer() {
  return fakeApi({
    "GET /dev/personas": () => ({ body: [an, binh] }),
    "POST /session": ({ body }) => {
      const user = (body as { devPersona: string }).devPersona === "binh" ? binh : an;
      return {
        body: { token: `t-${user.id}`, expiresAt: "2099-01-01T00:00:00Z", user, me: meOf(user) },
      };
    },
  });
}

function renderGatedHome() {
  return renderAt("/", {
    "/": (
      <SessionGate>
        <HomePage />
      </SessionGate>
    ),
  });
}

beforeEach(() => {
  localStorage.clear();
  useSession.setState(useSession.getInitialState(), true);
  useLocale.setState({ lang: "vi", started: true });
});

describe("SessionGate", () => {
  it("offers the seeded people in dev mode and opens the first screen for the one picked", async () => {
    devServer();
    const { user } = renderGatedHome();
    await user.click(await screen.findByRole("button", { name: /Trần Thị Bình/ }));
    expect(await screen.findByText("Xin chào, Trần Thị Bình")).toBeInTheDocument();
  });

  it("goes back to the picker at once when the person switches, without drawing the screen for nobody", async () => {
    devServer();
    useSession.setState({ status: "signed-in", devMode: true, me: meOf(an) });
    const { user } = renderGatedHome();
    await user.click(await screen.findByRole("button", { name: "Đổi người dùng" }));
    expect(await screen.findByRole("button", { name: /Trần Thị Bình/ })).toBeInTheDocument();
    expect(screen.queryByText("Xin chào, Nguyễn Văn An")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /Trần Thị Bình/ }));
    expect(await screen.findByText("Xin chào, Trần Thị Bình")).toBeInTheDocument();
  });
});
