import { vi } from "vitest";
import { nameMatches } from "../../../src/domain/text";

type Handler = (request: {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Headers;
}) => FakeAnswer | Promise<FakeAnswer>;

/** A JSON body, or a file (`file`: a Blob, sent with its type and `headers`) as an export or a PDF answers. */
type FakeAnswer = { status?: number; body?: unknown; file?: Blob; headers?: Record<string, string> };

/**
 * Stands in for the network at the fetch boundary: `routes` maps "METHOD /path" to a handler.
 * Unmatched calls answer 404 so a test sees a missing route instead of hanging.
 */
export function fakeApi(routes: Record<string, Handler>) {
  const calls: { method: string; path: string; query: URLSearchParams; body: unknown; headers: Headers }[] =
    [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), "http://localhost");
    const method = init.method ?? "GET";
    const path = url.pathname.replace(/^\/api/, "");
    const body = typeof init.body === "string" ? JSON.parse(init.body) : undefined;
    const request = { method, path, query: url.searchParams, body, headers: new Headers(init.headers) };
    calls.push(request);
    const handler = routes[`${method} ${path}`];
    const answer = handler
      ? await handler(request)
      : { status: 404, body: { error: { code: "not_found", message: "no fake route" } } };
    const status = answer.status ?? 200;
    // A file (an export, a PDF) goes out as its bytes, with its own type and any other headers.
    // Node's Response would make its own kind of Blob, which jsdom's File and FileReader refuse: it
    // hands back the page's own, as a browser's fetch does.
    if (answer.file !== undefined) {
      const file = answer.file;
      const headers = { "Content-Type": file.type, ...answer.headers };
      return Object.assign(new Response(null, { status, headers }), { blob: async () => file });
    }
    return new Response(status === 204 ? null : JSON.stringify(answer.body ?? null), {
      status,
      headers: { "Content-Type": "application/json" },
    });
  });
  vi.stubGlobal("fetch", fetchMock);
  return { calls, fetchMock };
}

/**
 * A page of `items` as GET /api/oas and /api/apps answer one: those whose name contains ?q=
 * (folded), ?limit= of them after ?cursor= (here simply the index where the page starts).
 */
export function pageOf<T extends { name: string }>(items: T[], query: URLSearchParams) {
  const q = query.get("q");
  const matching = q ? items.filter((item) => nameMatches(item, q)) : items;
  const start = Number(query.get("cursor") ?? 0);
  const end = start + Number(query.get("limit") ?? matching.length);
  return {
    items: matching.slice(start, end),
    ...(end < matching.length ? { nextCursor: String(end) } : {}),
  };
}
