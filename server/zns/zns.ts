import { z } from "zod";
import { fetchJson } from "../outbound";

/** How long Zalo has to answer one send. */
const ZNS_TIMEOUT_MS = 15_000;

/** One ZBS Template Message: its template's parameters filled in, to one phone. */
export interface ZnsMessage {
  /** 84…: Vietnamese numbers in international form, without "+". */
  phone: string;
  templateId: string;
  templateData: Record<string, string>;
  /** Ours, echoed in Zalo's delivery webhook: the notification's id. */
  trackingId: string;
}

/** Zalo's answer: HTTP 200 with `error` 0 and the message's id, or a negative `error`. */
export type ZnsAnswer = { ok: true; msgId: string } | { ok: false; error: number; message: string };

export interface Zns {
  /** Throws OutboundError when Zalo cannot be reached or gives no JSON answer. */
  send(accessToken: string, message: ZnsMessage): Promise<ZnsAnswer>;
}

const answerSchema = z.object({
  error: z.number().int(),
  message: z.string().optional(),
  data: z.object({ msg_id: z.string() }).partial().optional(),
});

/** Zalo's ZNS API (`POST {ZALO_ZNS_URL}/message/template`, the operator OA's `access_token`). */
export function createZns(opts: { url: string; timeoutMs?: number }): Zns {
  return {
    async send(accessToken, message) {
      const raw = await fetchJson(
        "Zalo ZNS",
        new URL("/message/template", opts.url),
        {
          method: "POST",
          headers: { access_token: accessToken, "Content-Type": "application/json" },
          body: JSON.stringify({
            phone: message.phone,
            template_id: message.templateId,
            template_data: message.templateData,
            tracking_id: message.trackingId,
          }),
        },
        opts.timeoutMs ?? ZNS_TIMEOUT_MS,
      );
      const answer = answerSchema.parse(raw);
      if (answer.error === 0) return { ok: true, msgId: answer.data?.msg_id ?? "" };
      return { ok: false, error: answer.error, message: answer.message ?? "" };
    },
  };
}

/**
 * What a refusal means for the notification (Zalo's table of ZNS error codes,
 * developers.zalo.me "Bảng mã lỗi"; zalo.cloud/zns/guidelines/handle-error-code):
 * - `token`: the access token is invalid or expired (-124): refresh it once and send again;
 * - `later`: Zalo is busy or over a quota or a time window (-100 unknown, -32 rate limit, -115
 *   out of quota, -133 outside sending hours, -144 the OA's daily quota, -147 the template's):
 *   send again later, waiting longer each time;
 * - `cannot_receive`: this phone cannot get it (-108 not a valid number, -110 Zalo too old, -114
 *   inactive or refusing, -118 no Zalo account, -119 cannot receive ZNS, -139 and -141 the person
 *   refused these messages): recorded, never sent again;
 * - `refused`: anything else (a template, its data or the OA's rights): a mistake of ours an
 *   operator fixes, tried again later like `later` until the attempts run out.
 */
export type ZnsRefusal = "token" | "later" | "cannot_receive" | "refused";

const REFUSALS: Record<number, ZnsRefusal> = {
  [-124]: "token",
  [-100]: "later",
  [-32]: "later",
  [-115]: "later",
  [-133]: "later",
  [-144]: "later",
  [-147]: "later",
  [-108]: "cannot_receive",
  [-110]: "cannot_receive",
  [-114]: "cannot_receive",
  [-118]: "cannot_receive",
  [-119]: "cannot_receive",
  [-139]: "cannot_receive",
  [-141]: "cannot_receive",
};

export function znsRefusal(error: number): ZnsRefusal {
  return REFUSALS[error] ?? "refused";
}
