import type { StandInOa } from "../../server/dev/zalo-standin";
import { createHmac, randomBytes } from "node:crypto";
import type { RecordedRequest, StubReply } from "../support/zalo-stub";

/** A person with a Zalo account: who the emulated phone is signed in as. */
export interface ZaloPerson {
  /** The Graph API's `id` (a long number, as Zalo's user ids are). */
  id: string;
  name: string;
  /** Zalo's "84…" form, as Graph's /v2.0/me/info answers it. */
  phone: string;
  avatar: string;
}

const avatar = (key: string) => `https://s120-ava-talk.zadn.vn/emulated/${key}.svg`;

/**
 * The people the emulator and the Graph stub both know. None is in the API's seeded directory: in
 * AUTH_MODE=zalo the database starts empty, and a person appears on their first sign-in.
 */
export const ZALO_PEOPLE = {
  hoa: { id: "5843199032418809871", name: "Võ Thị Hoa", phone: "84912345678", avatar: avatar("hoa") },
  khanh: {
    id: "7120558843016672904",
    name: "Đặng Quốc Khánh",
    phone: "84987654321",
    avatar: avatar("khanh"),
  },
  lan: { id: "3391027745810936112", name: "Ngô Thị Lan", phone: "84903111222", avatar: avatar("lan") },
  minh: { id: "8820461173390245567", name: "Trương Văn Minh", phone: "84933444555", avatar: avatar("minh") },
} satisfies Record<string, ZaloPerson>;
export type PersonKey = keyof typeof ZALO_PEOPLE;

const oaLogo = (id: string) => `https://s160-ava-talk.zadn.vn/emulated/${id}.svg`;

/** The OAs Zalo knows, with their admins among the emulated people (the OA stand-in serves them). */
export const ZALO_OAS: StandInOa[] = [
  {
    id: "oa-huong-duong",
    name: "Tiệm hoa Hướng Dương",
    verified: true,
    category: "Mua sắm",
    followers: 5310,
  },
  {
    id: "oa-huong-duong-cafe",
    name: "Cà phê Hướng Dương",
    verified: true,
    category: "Ẩm thực",
    followers: 870,
  },
  {
    id: "oa-huong-duong-blog",
    name: "Blog Hướng Dương",
    verified: false,
    category: "Giải trí",
    followers: 95,
  },
].map((oa) => ({ ...oa, avatar: oaLogo(oa.id), admins: [ZALO_PEOPLE.hoa.id] }));

/**
 * The subscriber digits of a Vietnamese number in any of its written forms ("84…", "+84…", "0…"):
 * tests compare the number the API stored with the one Zalo gave, whatever form the API keeps.
 */
export const subscriberDigits = (phone: string | null | undefined) => (phone ?? "").replace(/^(\+?84|0)/, "");

/** Phone tokens are single-use and last 2 minutes (DESIGN.md, "Identity and auth"). */
const PHONE_TOKEN_TTL_MS = 2 * 60_000;
const ACCESS_TOKEN_TTL_S = 3600;

/**
 * Zalo's side of the accounts: the tokens the emulated host hands out and the Graph stub accepts.
 * One instance serves every phone of a test run, as Zalo's servers would.
 */
export class ZaloAccounts {
  private readonly accessTokens = new Map<string, { person: ZaloPerson; expires: number }>();
  private readonly refreshTokens = new Map<string, ZaloPerson>();
  private readonly codes = new Map<string, { person: ZaloPerson; verifier: string; appId: string }>();
  private readonly phoneTokens = new Map<string, { person: ZaloPerson; issued: number; used: boolean }>();

  constructor(readonly appSecret: string) {}

  /** An OAuth code and its PKCE verifier, as action.jump.login answers them in its cookies. */
  issueCode(person: ZaloPerson, appId: string): { code: string; verifier: string } {
    const code = token("code");
    const verifier = token("vrf");
    this.codes.set(code, { person, verifier, appId });
    return { code, verifier };
  }

  /**
   * h5.zalo.me/openapi/access_token (common/token.js loginZaloV4): the code with its verifier, or
   * a refresh token. Null when Zalo would refuse.
   */
  exchange(
    form: URLSearchParams,
  ): { access_token: string; refresh_token: string; expires_in: string } | null {
    let person: ZaloPerson | undefined;
    if (form.get("grant_type") === "refresh_token") {
      person = this.refreshTokens.get(form.get("refresh_token") ?? "");
    } else if (form.get("grant_type") === "authorization_code") {
      const grant = this.codes.get(form.get("code") ?? "");
      if (grant && grant.verifier === form.get("code_verifier") && grant.appId === form.get("app_id")) {
        person = grant.person;
        this.codes.delete(form.get("code")!); // a code is good for one exchange
      }
    }
    if (!person) return null;
    const access = token("at");
    const refresh = token("rt");
    this.accessTokens.set(access, { person, expires: Date.now() + ACCESS_TOKEN_TTL_S * 1000 });
    this.refreshTokens.set(refresh, person);
    // Zalo's OAuth v4 answers expires_in as a string; the SDK parseInt()s it.
    return { access_token: access, refresh_token: refresh, expires_in: String(ACCESS_TOKEN_TTL_S) };
  }

  /** The token getPhoneNumber resolves with (action.mp.get.number's `data.token`). */
  issuePhoneToken(person: ZaloPerson): string {
    const phoneToken = token("pt");
    this.phoneTokens.set(phoneToken, { person, issued: Date.now(), used: false });
    return phoneToken;
  }

  personOf(accessToken: string): ZaloPerson | null {
    const entry = this.accessTokens.get(accessToken);
    return entry && entry.expires > Date.now() ? entry.person : null;
  }

  /**
   * The Graph API as the server calls it (server/auth/zalo-graph.ts): `/v2.0/me` checks the access
   * token and its appsecret_proof; `/v2.0/me/info` exchanges a phone token of the same person,
   * once, within 2 minutes, with the app secret. Errors come back as HTTP 200 with `error` ≠ 0.
   */
  graphAnswer(request: RecordedRequest): StubReply | undefined {
    const header = (name: string) => String(request.headers[name] ?? "");
    const person = this.personOf(header("access_token"));
    const refuse = (error: number, message: string): StubReply => ({ body: { error, message } });
    if (request.path === "/v2.0/me") {
      if (!person) return refuse(-216, "Access token is invalid");
      const proof = createHmac("sha256", this.appSecret).update(header("access_token")).digest("hex");
      if (header("appsecret_proof") !== proof) return refuse(-217, "appsecret_proof is invalid");
      return {
        body: {
          id: person.id,
          name: person.name,
          picture: { data: { url: person.avatar } },
          error: 0,
          message: "Success",
        },
      };
    }
    if (request.path === "/v2.0/me/info") {
      if (!person) return refuse(-216, "Access token is invalid");
      if (header("secret_key") !== this.appSecret) return refuse(-217, "secret_key is invalid");
      const grant = this.phoneTokens.get(header("code"));
      if (
        !grant ||
        grant.used ||
        grant.person.id !== person.id ||
        Date.now() - grant.issued > PHONE_TOKEN_TTL_MS
      ) {
        return refuse(-230, "code is invalid or expired");
      }
      grant.used = true;
      return { body: { data: { number: person.phone }, error: 0, message: "Success" } };
    }
    return undefined;
  }
}

function token(kind: string): string {
  return `emu-${kind}-${randomBytes(12).toString("hex")}`;
}
