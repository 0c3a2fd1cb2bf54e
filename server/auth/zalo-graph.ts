import { createHmac } from "node:crypto";
import { z } from "zod";
import { toE164 } from "../../src/domain/phone";

export interface ZaloProfile {
  id: string;
  name: string;
  avatar: string;
}

/** `rejected`: Zalo said the token is not valid. `unavailable`: Zalo could not answer usefully. */
export class ZaloGraphError extends Error {
  constructor(
    readonly kind: "rejected" | "unavailable",
    message: string,
  ) {
    super(message);
  }
}

export interface ZaloGraph {
  getProfile(accessToken: string): Promise<ZaloProfile>;
  getPhone(accessToken: string, phoneToken: string): Promise<string>;
}

const envelope = z.object({ error: z.number().optional(), message: z.string().optional() });
const profileBody = z.object({
  id: z.string().min(1),
  name: z.string(),
  picture: z.object({ data: z.object({ url: z.string() }) }).optional(),
});
const phoneBody = z.object({ data: z.object({ number: z.string().regex(/^\+?\d{8,15}$/) }) });

/** The Zalo Graph API client: profile with appsecret_proof, phone from the SDK's phone token. */
export function createZaloGraph(opts: { baseUrl: string; appSecret: string; timeoutMs?: number }): ZaloGraph {
  const timeoutMs = opts.timeoutMs ?? 5000;

  async function call(path: string, headers: Record<string, string>): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(new URL(path, opts.baseUrl), {
        headers,
        signal: AbortSignal.timeout(timeoutMs),
        // A redirect would carry access_token and secret_key to wherever it points.
        redirect: "error",
      });
    } catch (error) {
      throw new ZaloGraphError("unavailable", `Zalo Graph API unreachable: ${String(error)}`);
    }
    if (!response.ok) {
      throw new ZaloGraphError("unavailable", `Zalo Graph API answered HTTP ${response.status}`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new ZaloGraphError("unavailable", "Zalo Graph API answered with a malformed body");
    }
    const head = envelope.safeParse(body);
    if (!head.success) throw new ZaloGraphError("unavailable", "Zalo Graph API answered oddly");
    // Graph API errors arrive as HTTP 200 with a non-zero `error`.
    if (head.data.error !== undefined && head.data.error !== 0) {
      throw new ZaloGraphError("rejected", `Zalo error ${head.data.error}: ${head.data.message ?? ""}`);
    }
    return body;
  }

  return {
    async getProfile(accessToken) {
      const proof = createHmac("sha256", opts.appSecret).update(accessToken).digest("hex");
      const body = profileBody.safeParse(
        await call("/v2.0/me?fields=id,name,picture", { access_token: accessToken, appsecret_proof: proof }),
      );
      if (!body.success) throw new ZaloGraphError("unavailable", "Zalo profile has an unexpected shape");
      return { id: body.data.id, name: body.data.name, avatar: body.data.picture?.data.url ?? "" };
    },
    async getPhone(accessToken, phoneToken) {
      const body = phoneBody.safeParse(
        await call("/v2.0/me/info", {
          access_token: accessToken,
          code: phoneToken,
          secret_key: opts.appSecret,
        }),
      );
      if (!body.success) throw new ZaloGraphError("unavailable", "Zalo phone answer has an unexpected shape");
      return toE164(body.data.data.number);
    },
  };
}
