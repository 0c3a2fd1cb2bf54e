import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, vi } from "vitest";

// zmp-ui's <Page> scrolls on mount; jsdom has no layout.
window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
Element.prototype.scrollTo = vi.fn() as unknown as typeof Element.prototype.scrollTo;

// The SDK is the boundary: tests never talk to Zalo. Mocked by the exact specifier the code imports.
vi.mock("zmp-sdk/apis", () => ({
  getAccessToken: vi.fn(async () => "zalo-access-token"),
  getPhoneNumber: vi.fn(async () => ({ token: "zalo-phone-token" })),
  openShareSheet: vi.fn(async () => ({})),
  openChat: vi.fn(async () => undefined),
  requestUpdateZalo: vi.fn(async () => undefined),
  openWebview: vi.fn(async () => undefined),
  createOrder: vi.fn(async () => ({ orderId: "zalo-order-1" })),
  checkTransaction: vi.fn(async () => ({})),
  events: { on: vi.fn(), off: vi.fn() },
  EventName: {
    AppResumed: "h5.event.resumed",
    WebviewClosed: "h5.event.webview.close",
    OpenApp: "h5.event.open.mp",
  },
  nativeStorage: { getItem: vi.fn(() => ""), setItem: vi.fn(), removeItem: vi.fn() },
}));

afterEach(() => {
  cleanup();
  localStorage.clear();
});
