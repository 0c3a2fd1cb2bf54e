import { beforeEach, describe, expect, it } from "vitest";
import { useMembers } from "../../src/features/members/store";
import { useAccounts } from "../../src/store/accounts";
import { useSession } from "../../src/store/session";
import { apiError } from "../component/support/assets-fixtures";
import {
  binhMembers,
  chauAsAdmin,
  invitation,
  membersApi,
  resetMemberStores,
} from "../component/support/members-fixtures";

const ACCOUNT = "zca-binh-minh";
const state = () => useMembers.getState();
const ids = () => state().byAccount[ACCOUNT]!.data!.map((m) => m.id);

beforeEach(() => resetMemberStores());

describe("members store", () => {
  it("keeps an added member before the pending invitations, as the server lists them", async () => {
    membersApi(
      "super_admin",
      { "POST /accounts/zca-binh-minh/members": () => ({ status: 201, body: chauAsAdmin }) },
      [...binhMembers(), invitation],
    );
    await state().load(ACCOUNT);
    const outcome = await state().add(ACCOUNT, "+84901000003", "admin");
    expect(outcome).toEqual({ ok: true, data: chauAsAdmin });
    expect(ids()).toEqual(["binh", "em", "giang", "chau", "inv-1"]);
    expect(state().change.status).toBe("ready");
  });

  it("shows a change on its way, then the member's new role", async () => {
    let answer: (value: { body: unknown }) => void = () => {};
    membersApi("super_admin", {
      "PATCH /accounts/zca-binh-minh/members/em": () => new Promise((resolve) => (answer = resolve)),
    });
    await state().load(ACCOUNT);
    const changing = state().changeRole(ACCOUNT, "em", "admin");
    expect(state().change.status).toBe("loading");
    answer({ body: { ...binhMembers()[1]!, role: "admin" } });
    await changing;
    expect(state().byAccount[ACCOUNT]!.data!.find((m) => m.id === "em")?.role).toBe("admin");
  });

  it("reads the ZCA and home again after a change to one's own membership", async () => {
    resetMemberStores({ id: "chau", name: "Lê Minh Châu", avatar: "" });
    const api = membersApi(
      "admin",
      {
        "PATCH /accounts/zca-binh-minh/members/chau": () => ({ body: { ...chauAsAdmin, role: "editor" } }),
        "GET /me": () => ({ body: { user: chauAsAdmin, phone: null, accounts: [], canCreateAccount: true } }),
      },
      [...binhMembers(), chauAsAdmin],
    );
    await Promise.all([state().load(ACCOUNT), useAccounts.getState().load(ACCOUNT)]);
    await state().changeRole(ACCOUNT, "chau", "editor");
    await expect.poll(() => api.calls.some((c) => c.path === "/me")).toBe(true);
    expect(api.calls.filter((c) => c.path === `/accounts/${ACCOUNT}`)).toHaveLength(2);
  });

  it("after a refusal by rule, reads the list again; a network failure keeps it", async () => {
    let listed = binhMembers();
    const api = membersApi("super_admin", {
      "GET /accounts/zca-binh-minh/members": () => ({ body: listed }),
      "DELETE /accounts/zca-binh-minh/members/em": () => {
        listed = listed.filter((m) => m.id !== "giang");
        return apiError(403, "forbidden");
      },
      "DELETE /accounts/zca-binh-minh/members/giang": () => {
        throw new TypeError("Failed to fetch");
      },
    });
    await state().load(ACCOUNT);
    expect(await state().remove(ACCOUNT, "giang")).toMatchObject({ ok: false, error: "network" });
    expect(ids()).toEqual(["binh", "em", "giang"]);
    expect(await state().remove(ACCOUNT, "em")).toMatchObject({ ok: false, error: "forbidden" });
    await expect.poll(ids).toEqual(["binh", "em"]);
    expect(api.calls.filter((c) => c.method === "GET" && c.path.endsWith("/members"))).toHaveLength(2);
  });

  it("forgets every list when another person signs in", async () => {
    membersApi();
    await state().load(ACCOUNT);
    useSession.setState({
      me: {
        user: { id: "an", name: "An", avatar: "" },
        phone: null,
        ownPhone: null,
        accounts: [],
        canCreateAccount: true,
      },
    });
    expect(state().byAccount).toEqual({});
  });
});
