import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** How the stub answers one request. `hang` never answers (to test timeouts). */
export interface StubReply {
  status?: number;
  body?: unknown;
  /** Sent as is instead of JSON-encoding `body`. */
  raw?: string;
  hang?: boolean;
  /** Answers after this long. */
  delayMs?: number;
  /** Closes the connection without answering. */
  reset?: boolean;
  /** Sends the status line and half the body, then nothing more. */
  stall?: boolean;
  /** Extra response headers (e.g. Location for a redirect). */
  headers?: Record<string, string>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
}

export const STUB_PROFILE = {
  id: "zalo-7781",
  name: "Võ Thị Hoa",
  picture: { data: { url: "https://s120-ava-talk.zadn.vn/hoa.jpg" } },
};
export const STUB_PHONE = "84912345678";

const DEFAULT_REPLIES: Record<string, StubReply> = {
  "/v2.0/me": { body: { ...STUB_PROFILE, error: 0, message: "Success" } },
  "/v2.0/me/info": { body: { data: { number: STUB_PHONE }, error: 0, message: "Success" } },
};

export interface ZaloStubOptions {
  /**
   * Answers a request from what it carries (its access token, phone code, …) before the default
   * answers: a stub that knows several people. A reply set with `on()` still comes first.
   */
  answer?: (request: RecordedRequest) => StubReply | undefined;
}

/** A stand-in for Zalo's Graph API on 127.0.0.1 that records what it was sent. */
export async function startZaloStub(options: ZaloStubOptions = {}) {
  const overrides = new Map<string, StubReply>();
  const requests: RecordedRequest[] = [];
  const hung = new Set<Socket>();

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://stub");
    const request: RecordedRequest = {
      method: req.method ?? "",
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
    };
    requests.push(request);
    const reply = overrides.get(url.pathname) ??
      options.answer?.(request) ??
      DEFAULT_REPLIES[url.pathname] ?? { status: 404, body: { error: 404, message: "no such path" } };
    if (reply.hang) {
      hung.add(req.socket);
      return;
    }
    if (reply.reset) return req.socket.destroy();
    const text = reply.raw ?? JSON.stringify(reply.body ?? {});
    const answer = () => {
      res.writeHead(reply.status ?? 200, { "Content-Type": "application/json", ...reply.headers });
      if (reply.stall) res.write(text.slice(0, Math.ceil(text.length / 2)));
      else res.end(text);
    };
    if (reply.delayMs) setTimeout(answer, reply.delayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** Answers requests to `path` with `reply` from now on. */
    on(path: "/v2.0/me" | "/v2.0/me/info", reply: StubReply) {
      overrides.set(path, reply);
    },
    /** Ends the requests left hanging: their connections close without an answer. */
    releaseHung() {
      for (const socket of hung) socket.destroy();
      hung.clear();
    },
    /** Back to the default (successful) answers, with no recorded requests. */
    reset() {
      overrides.clear();
      requests.length = 0;
    },
    /** Stops listening: connections to the stub are refused until `up()`. */
    down: close,
    up: () => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve)),
    stop: close,
  };
}

export type ZaloStub = Awaited<ReturnType<typeof startZaloStub>>;
