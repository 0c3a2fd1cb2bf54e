import { randomUUID } from "node:crypto";
import { serveLocal } from "../listen";
import { Hono } from "hono";
import { callbackMacs, orderMac, sameMac, statusMac } from "../payments/checkout-mac";

export interface CheckoutStandInOptions {
  appId: string;
  privateKey: string;
  /** Where Zalo sends its signed payment callback: our /api/payments/checkout/callback. */
  callbackUrl: string;
  /** How late "paid, callback late" sends the callback. */
  lateCallbackMs: number;
  port?: number;
}

/** An order the app made with createOrder, as Zalo keeps it. */
interface Order {
  amount: number;
  desc: string;
  extradata: string;
  state: "open" | "paid" | "failed" | "closed";
  transId?: string;
  transTime?: number;
}

/** What the person does on Checkout's sheet. */
export type CheckoutOutcome = "pay" | "fail" | "cancel" | "pay_late";

/**
 * Dev mode and the tests: a local stand-in for Zalo Checkout. It takes an order as createOrder
 * would (checking its MAC), plays the person on the sheet, POSTs Zalo's signed callback to our
 * API (not for a sheet closed without paying; late when asked), and answers the order status API
 * over HTTP (GET /api/transaction/get-status, its MAC checked) the way the sweep and the
 * "sheet closed" route ask Zalo: `data` with returnCode (1 paid, 0 processing, -1 failed),
 * isProcessing, transId, amount, method, transTime, merchantTransId and the order's extradata.
 */
export async function startCheckoutStandIn(opts: CheckoutStandInOptions) {
  const orders = new Map<string, Order>();
  const web = new Hono();

  web.get("/api/transaction/get-status", (c) => {
    const orderId = c.req.query("orderId") ?? "";
    const appId = c.req.query("appId") ?? "";
    const expected = statusMac(opts.privateKey, { appId, orderId });
    if (appId !== opts.appId || !sameMac(expected, c.req.query("mac"))) {
      return c.json({ returnCode: -1, returnMessage: "invalid mac" });
    }
    const order = orders.get(orderId);
    if (!order) return c.json({ returnCode: -1, returnMessage: "order not found" });
    const returnCode = order.state === "paid" ? 1 : order.state === "open" ? 0 : -1;
    return c.json({
      returnCode: 1,
      returnMessage: "Thành công",
      data: {
        returnCode,
        returnMessage: { paid: "Giao dịch thành công", open: "Đang xử lý", failed: "Giao dịch thất bại" }[
          order.state === "closed" ? "failed" : order.state
        ],
        isProcessing: order.state === "open",
        transId: order.transId ?? "",
        amount: order.amount,
        method: "ZALOPAY_SANDBOX",
        transTime: order.transTime ?? 0,
        merchantTransId: "",
        extradata: order.extradata,
      },
    });
  });

  function callback(orderId: string, order: Order): string {
    const paid = order.state === "paid";
    const data = {
      appId: opts.appId,
      orderId,
      transId: order.transId!,
      amount: order.amount,
      description: order.desc,
      resultCode: paid ? 1 : -1,
      message: paid ? "Giao dịch thành công" : "Giao dịch thất bại",
      extradata: encodeURIComponent(order.extradata),
      method: "ZALOPAY_SANDBOX",
    };
    return JSON.stringify({ data, ...callbackMacs(opts.privateKey, data) });
  }

  const deliver = (body: string) =>
    fetch(opts.callbackUrl, { method: "POST", headers: { "Content-Type": "application/json" }, body })
      .then(() => undefined)
      .catch(() => undefined);

  const { server, url } = await serveLocal(web.fetch, opts.port);

  return {
    url,
    /** createOrder: Zalo refuses an order whose MAC is not ours; answers its order id. */
    createOrder(order: {
      amount: number;
      desc: string;
      item: unknown;
      extradata: string;
      mac: string;
    }): string {
      if (!sameMac(orderMac(opts.privateKey, order), order.mac)) throw new Error("createOrder: bad mac");
      const orderId = `dev-order-${randomUUID().slice(0, 8)}`;
      orders.set(orderId, {
        amount: order.amount,
        desc: order.desc,
        extradata: order.extradata,
        state: "open",
      });
      return orderId;
    },
    /**
     * The person on the sheet: pays, fails, or closes it unpaid; Zalo then sends its callback
     * (none unpaid). "pay_late": Zalo confirms late, the order processing until its callback.
     * `lostCallback`: the payment goes through but its callback never reaches us.
     */
    async decide(orderId: string, outcome: CheckoutOutcome, { lostCallback = false } = {}): Promise<void> {
      const order = orders.get(orderId);
      if (!order || order.state !== "open") return;
      if (outcome === "cancel") {
        order.state = "closed";
        return;
      }
      const settle = () => {
        order.state = outcome === "fail" ? "failed" : "paid";
        order.transId = `dev-trans-${randomUUID()}`;
        order.transTime = Date.now();
        return lostCallback ? Promise.resolve() : deliver(callback(orderId, order));
      };
      if (outcome === "pay_late") setTimeout(() => void settle(), opts.lateCallbackMs).unref();
      else await settle();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      }),
  };
}

export type CheckoutStandIn = Awaited<ReturnType<typeof startCheckoutStandIn>>;
