import { afterEach, describe, expect, it, vi } from "vitest";
import { ZaloCallError } from "../../src/domain/errors";
import { callSdk, PROMPT_MS, UNATTENDED_MS, zaloOutcomeOf } from "../../src/platform/sdk-call";

afterEach(() => vi.useRealTimers());

describe("a call to Zalo's SDK", () => {
  it.each([
    [-2002, "zalo_refused"],
    [-2003, "zalo_cancelled"],
    [-1410, "zalo_busy"],
    [-1409, "zalo_limit"],
    [-1408, "zalo_timeout"],
    [-1404, "zalo_too_old"],
    [-2000, "zalo_failed"],
    [-1500, "zalo_failed"],
  ])("reads the SDK's code %i as %s", async (code, outcome) => {
    const error = await callSdk(() => Promise.reject({ code, message: "x" }), 1000).catch((e) => e);
    expect(error).toBeInstanceOf(ZaloCallError);
    expect(error).toMatchObject({ outcome, sdkCode: code });
  });

  it("reads a failed fetch (getAccessToken is an HTTP call) as Zalo unreachable", async () => {
    expect(zaloOutcomeOf(new TypeError("Failed to fetch"))).toBe("zalo_unreachable");
  });

  it("gives up on a Zalo that never answers, after its deadline and not before", async () => {
    vi.useFakeTimers();
    const result = callSdk(() => new Promise(() => {}), UNATTENDED_MS).catch((e) => e);
    await vi.advanceTimersByTimeAsync(UNATTENDED_MS - 1);
    let settled = false;
    void result.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toMatchObject({ outcome: "zalo_timeout" });
  });

  it("gives a person a prompt's longer deadline, and keeps under the 15 s no screen may wait silently", () => {
    expect(UNATTENDED_MS).toBeLessThanOrEqual(15_000);
    expect(PROMPT_MS).toBeGreaterThan(UNATTENDED_MS);
  });

  it("passes an answer through", async () => {
    expect(await callSdk(async () => ({ token: "t" }), 1000)).toEqual({ token: "t" });
  });
});
