import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { selectOutcomeOf, useAdminRequest } from "../../src/store/admin-request";

const forLink = "Nhờ bạn cấp quyền admin OA để mình liên kết với ZCA “Bình Minh”.";
const forCreate = "Nhờ bạn cấp quyền admin OA để mình tạo ZCA “Cửa hàng Châu”.";

beforeEach(() => {
  useAdminRequest.setState(useAdminRequest.getInitialState(), true);
  Object.assign(navigator, { share: vi.fn(async () => {}) });
});
afterEach(() => {
  Reflect.deleteProperty(navigator, "share");
});

describe("asking an OA's admin for rights", () => {
  it("reports how the message left the app, through the system share sheet outside Zalo", async () => {
    await useAdminRequest.getState().send(forLink);
    expect(navigator.share).toHaveBeenCalledWith({ text: forLink });
    expect(selectOutcomeOf(forLink)(useAdminRequest.getState())).toBe("system");
  });

  it("does not show one screen's outcome beside another screen's message", async () => {
    await useAdminRequest.getState().send(forCreate);
    expect(selectOutcomeOf(forLink)(useAdminRequest.getState())).toBeNull();
  });
});
