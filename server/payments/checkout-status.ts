import { z } from "zod";
import { statusMac } from "./checkout-mac";

/** What Checkout's order status API says of an order. */
export interface OrderStatus {
  state: "succeeded" | "failed" | "pending";
  transId?: string;
  amount?: number;
  message?: string;
}

export interface CheckoutStatus {
  ask(orderId: string): Promise<OrderStatus>;
}

// Zalo's samples put the result at the top level or under `data`; both are read.
const result = z
  .object({
    resultCode: z.number().optional(),
    returnCode: z.number().optional(),
    transId: z.union([z.string(), z.number()]).optional(),
    amount: z.number().optional(),
    message: z.string().optional(),
  })
  .passthrough();
const answer = z.object({ error: z.number().optional(), data: result.optional() }).and(result);

/**
 * Zalo Checkout's order status API (GET /api/transaction/get-status, MAC over appId, orderId and
 * the private key), asked about a top-up whose callback never came. resultCode 1: paid; another
 * settled code: failed; no result yet: still pending.
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
      const response = await fetch(url, {
        signal: AbortSignal.timeout(opts.timeoutMs ?? 8000),
        redirect: "error",
      });
      if (!response.ok) throw new Error(`Checkout status answered HTTP ${response.status}`);
      const parsed = answer.safeParse(await response.json());
      if (!parsed.success) throw new Error("Checkout status answered with an unexpected shape");
      const found = { ...parsed.data, ...parsed.data.data };
      const code = found.resultCode;
      const base = {
        transId: found.transId === undefined ? undefined : String(found.transId),
        amount: found.amount,
        message: found.message,
      };
      if (code === 1) return { state: "succeeded", ...base };
      if (code === undefined || code === 0) return { state: "pending", ...base };
      return { state: "failed", ...base };
    },
  };
}
