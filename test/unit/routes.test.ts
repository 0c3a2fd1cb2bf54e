import { matchPath } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { routes } from "../../src/routes";

describe("screen addresses", () => {
  it("builds an address its own pattern matches, giving back the parameters", () => {
    const params = { accountId: "zca-binh-minh", topupId: "7f3c" };
    const href = routes.topupTransfer.href(params);
    expect(href).toBe("/accounts/zca-binh-minh/wallet/topups/7f3c/transfer");
    expect(matchPath(routes.topupTransfer.path, href)?.params).toEqual(params);
  });

  it("keeps each parameter in its own segment", () => {
    const href = routes.member.href({ accountId: "zca-binh-minh", memberId: "invite:7/x" });
    expect(href).toBe("/accounts/zca-binh-minh/members/invite%3A7%2Fx");
    expect(matchPath(routes.member.path, href)).not.toBeNull();
  });

  it("builds the address of a screen without parameters as its pattern", () => {
    expect(routes.home.href()).toBe("/");
    expect(routes.createOa.href()).toBe("/create/oa");
  });

  it("gives each screen its own pattern", () => {
    const paths = Object.values(routes).map((route) => route.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
