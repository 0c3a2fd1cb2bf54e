import { isErrorCode, ZaloCallError, type ClientErrorCode, type FieldProblems } from "../domain/errors";

/** Every failure of an API call, with a stable code the app maps to a sentence. */
export class ApiError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    readonly status: number,
    message: string,
    /** With invalid_input: which fields the server refused, and why. */
    readonly fields: FieldProblems = {},
  ) {
    super(message);
  }
}

/** The stable code of any failure a store's work can end with: the API's, or Zalo's. */
export function errorCode(error: unknown): ClientErrorCode {
  if (error instanceof ApiError) return error.code;
  if (error instanceof ZaloCallError) return error.outcome;
  return "unknown";
}

/** The fields a refusal named, by path ("business.taxCode"); none for any other failure. */
export function errorFields(error: unknown): FieldProblems {
  return error instanceof ApiError ? error.fields : {};
}

function readFields(value: unknown): FieldProblems {
  if (typeof value !== "object" || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter(([, code]) => typeof code === "string"));
}

const BASE_URL: string = import.meta.env.VITE_API_URL ?? "";
const TIMEOUT_MS = 15_000;

let sessionToken: string | null = null;
let renewSession: ((code: ClientErrorCode) => Promise<string | null>) | null = null;

export function setSessionToken(token: string | null): void {
  sessionToken = token;
}

/**
 * Called once when a request finds its session over, with why (expired: `unauthenticated`; ended
 * by "Đăng xuất mọi thiết bị": `session_revoked`); returns a new token or null.
 */
export function onSessionExpired(renew: ((code: ClientErrorCode) => Promise<string | null>) | null): void {
  renewSession = renew;
}

export interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** Set for the sign-in call itself, which must not try to renew the session. */
  anonymous?: boolean;
}

export function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  return withSession(method, path, options, parse<T>);
}

/** A file the API answers (an export, an invoice's PDF): its bytes and the name the server gave it. */
export interface ApiFile {
  blob: Blob;
  fileName: string;
}

/** GETs a file with the session's token in its header, never in a URL a log or a history keeps. */
export function requestFile(path: string, accept = "*/*"): Promise<ApiFile> {
  return withSession("GET", path, { headers: { Accept: accept } }, readFile);
}

async function withSession<T>(
  method: string,
  path: string,
  options: RequestOptions,
  read: (response: Response) => Promise<T>,
): Promise<T> {
  const response = await send(method, path, options);
  if (response.status !== 401 || options.anonymous || !renewSession) return read(response);
  // A 401 always parses to an ApiError: it says why the session is over.
  const refused = await parse<never>(response).catch((error: unknown) => error as ApiError);
  const token = await renewSession(refused.code);
  if (token) return read(await send(method, path, options));
  throw refused;
}

async function readFile(response: Response): Promise<ApiFile> {
  if (!response.ok) return parse<never>(response);
  const disposition = response.headers.get("Content-Disposition") ?? "";
  return { blob: await response.blob(), fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? "report" };
}

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: "application/json", ...options.headers };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (sessionToken && !options.anonymous) headers.Authorization = `Bearer ${sessionToken}`;
  try {
    return await fetch(`${BASE_URL}/api${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new ApiError("network", 0, String(error));
  }
}

async function parse<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as T;
  const error = (body as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | null)?.error;
  const code = isErrorCode(error?.code) ? error.code : response.status >= 500 ? "internal" : "unknown";
  throw new ApiError(
    code,
    response.status,
    typeof error?.message === "string" ? error.message : response.statusText,
    readFields(error?.fields),
  );
}
