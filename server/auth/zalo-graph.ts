import { createHmac } from "node:crypto";
import { z } from "zod";
import { toE164 } from "../../src/domain/phone";
import { callZalo, ZaloApiError } from "./zalo-http";

export interface ZaloProfile {
  id: string;
  name: string;
  avatar: string;
}

export interface ZaloGraph {
  getProfile(accessToken: string): Promise<ZaloProfile>;
  getPhone(accessToken: string, phoneToken: string): Promise<string>;
}

const profileBody = z.object({
  id: z.string().min(1),
  name: z.string(),
  picture: z.object({ data: z.object({ url: z.string() }) }).optional(),
});
const phoneBody = z.object({ data: z.object({ number: z.string().regex(/^\+?\d{8,15}$/) }) });

/** The Zalo Graph API client: profile with appsecret_proof, phone from the SDK's phone token. */
export function createZaloGraph(opts: { baseUrl: string; appSecret: string; timeoutMs?: number }): ZaloGraph {
  const timeoutMs = opts.timeoutMs ?? 5000;

  const call = (path: string, headers: Record<string, string>) =>
    callZalo("Zalo Graph API", new URL(path, opts.baseUrl), { headers }, timeoutMs);

  return {
    async getProfile(accessToken) {
      const proof = createHmac("sha256", opts.appSecret).update(accessToken).digest("hex");
      const body = profileBody.safeParse(
        await call("/v2.0/me?fields=id,name,picture", { access_token: accessToken, appsecret_proof: proof }),
      );
      if (!body.success) throw new ZaloApiError("unavailable", "Zalo profile has an unexpected shape");
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
      if (!body.success) throw new ZaloApiError("unavailable", "Zalo phone answer has an unexpected shape");
      return toE164(body.data.data.number);
    },
  };
}
