import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach, vi } from "vitest";

// findBy and waitFor wait on the screen for up to 3 s: 1 s (the default) is short on a loaded CI.
configure({ asyncUtilTimeout: 3_000 });

// zmp-ui's <Page> scrolls on mount; jsdom has no layout.
window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
Element.prototype.scrollTo = vi.fn() as unknown as typeof Element.prototype.scrollTo;
// jsdom draws no canvas (the transfer's QR photo is one): no context, quietly, not its error.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

// The SDK is the boundary: tests never talk to Zalo. Mocked by the exact specifier the code imports.
// Its events are a small emitter: a test plays Zalo with `events.emit(name, data)`.
vi.mock("zmp-sdk/apis", () => {
  const listeners = new Map<string, Set<(data: unknown) => void>>();
  return {
    getAccessToken: vi.fn(async () => "zalo-access-token"),
    getPhoneNumber: vi.fn(async () => ({ token: "zalo-phone-token" })),
    openShareSheet: vi.fn(async () => ({})),
    saveImageToGallery: vi.fn(async () => undefined),
    downloadFile: vi.fn(async () => undefined),
    openDocument: vi.fn(async () => undefined),
    openChat: vi.fn(async () => undefined),
    requestUpdateZalo: vi.fn(async () => undefined),
    openWebview: vi.fn(async () => undefined),
    createOrder: vi.fn(async () => ({ orderId: "zalo-order-1" })),
    checkTransaction: vi.fn(async () => ({})),
    events: {
      on: vi.fn((name: string, listener: (data: unknown) => void) => {
        listeners.set(name, (listeners.get(name) ?? new Set()).add(listener));
      }),
      off: vi.fn((name: string, listener: (data: unknown) => void) => listeners.get(name)?.delete(listener)),
      emit: (name: string, data?: unknown) => [...(listeners.get(name) ?? [])].forEach((fn) => fn(data)),
      removeAllListeners: () => listeners.clear(),
    },
    EventName: {
      AppResumed: "h5.event.resumed",
      WebviewClosed: "h5.event.webview.close",
      OpenApp: "h5.event.open.mp",
      PaymentDone: "action.payment.done",
      PaymentClose: "action.payment.close",
    },
    nativeStorage: { getItem: vi.fn(() => ""), setItem: vi.fn(), removeItem: vi.fn() },
  };
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});
