import { z } from "zod";
import { fetchJson } from "../outbound";
import { statusMac } from "./checkout-mac";

/** What Checkout's order status API says of an order. */
export interface OrderStatus {
  state: "succeeded" | "failed" | "pending";
  transId?: string;
  amount?: number;
  message?: string;
  /** The order's extradata as createOrder was given it: it names our top-up. */
  extradata?: string;
  /** The answer as it came, kept when a person must look at it. */
  answer?: unknown;
}

export interface CheckoutStatus {
  ask(orderId: string): Promise<OrderStatus>;
}

// getOrderStatus answers `returnCode` (0 processing, 1 paid, -1 failed) with `isProcessing`, under
// `data` in Zalo's TypeScript samples and at the top level in others: `data` first, then the top
// level (where `returnCode` may only say the request itself was fine). `resultCode` is read last,
// as the callback and checkTransaction name the same result.
const result = z
  .object({
    returnCode: z.number().optional(),
    resultCode: z.number().optional(),
    isProcessing: z.boolean().optional(),
    transId: z.union([z.string(), z.number()]).optional(),
    amount: z.number().optional(),
    extradata: z.string().optional(),
    returnMessage: z.string().optional(),
    message: z.string().optional(),
  })
  .passthrough();
const answer = result.and(z.object({ data: result.nullish() }));

/**
 * Zalo Checkout's order status API (GET /api/transaction/get-status, MAC over appId, orderId and
 * the private key), asked about a top-up whose callback never came.
 */
export function createCheckoutStatus(opts: {
  apiUrl: string;
  appId: string;
  privateKey: string;
  timeoutMs?: number;
}): CheckoutStatus {
  return {
    async ask(orderId) {
      const url = new URL("/api/transaction/get-status", opts.apiUrl);
      url.search = new URLSearchParams({
        orderId,
        appId: opts.appId,
        mac: statusMac(opts.privateKey, { appId: opts.appId, orderId }),
      }).toString();
      const raw: unknown = await fetchJson("Checkout status", url, {}, opts.timeoutMs ?? 8000);
      const parsed = answer.safeParse(raw);
      if (!parsed.success) throw new Error("Checkout status answered with an unexpected shape");
      const { data, ...top } = parsed.data;
      const order =
        data ?? ([top.transId, top.amount, top.isProcessing].some((f) => f !== undefined) ? top : null);
      // Without the order's own fields, a negative code refuses the question (a bad MAC, an
      // unknown app), not the payment: the top-up is asked about again later.
      if (!order && (top.returnCode ?? 0) < 0) {
        throw new Error(`Checkout status refused the question: ${top.returnMessage ?? top.returnCode}`);
      }
      if (!order) return { state: "pending", answer: raw };
      const code = order.returnCode ?? order.resultCode;
      const base = {
        transId: order.transId === undefined ? undefined : String(order.transId),
        amount: order.amount,
        message: order.returnMessage ?? order.message,
        extradata: order.extradata,
        answer: raw,
      };
      if (order.isProcessing || code === undefined || code === 0) return { state: "pending", ...base };
      if (code === 1) return { state: "succeeded", ...base };
      return { state: "failed", ...base };
    },
  };
}
