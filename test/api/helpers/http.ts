import { expect } from "vitest";
/** What a caller sees of one HTTP answer; `body` is the parsed JSON (null when none). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read bodies by shape
export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  token?: string;
  /** Serialised as JSON unless `rawBody` is given. */
  body?: unknown;
  /** Sent as it is: text, or bytes (which need not be UTF-8). */
  rawBody?: string | Uint8Array;
  headers?: Record<string, string>;
}

export async function send(
  baseUrl: string,
  method: string,
  path: string,
  opts: RequestOptions = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
  let body: string | Uint8Array<ArrayBuffer> | undefined =
    opts.rawBody instanceof Uint8Array ? new Uint8Array(opts.rawBody) : opts.rawBody;
  if (body === undefined && opts.body !== undefined) body = JSON.stringify(opts.body);
  if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === "content-type")) {
    headers["Content-Type"] = "application/json";
  }
  const response = await fetch(new URL(path, baseUrl), { method, headers, body });
  const text = await response.text();
  let parsed: unknown = null;
  if (text && response.headers.get("content-type")?.includes("application/json")) parsed = JSON.parse(text);
  return { status: response.status, headers: response.headers, body: parsed, text };
}

/** The answer is a refusal with this status and error code. */
export function expectError(
  res: { status: number; body: { error?: { code: string } } },
  status: number,
  code: string,
): void {
  expect({ status: res.status, code: res.body.error?.code }).toEqual({ status, code });
}
