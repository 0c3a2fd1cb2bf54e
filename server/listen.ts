import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";

type ServeOptions = Parameters<typeof serve>[0];

/**
 * How long an idle keep-alive connection stays open. Node's default (5 s) is shorter than its
 * clients': a load balancer (60 s idle timeout is common) or undici (4 s, kept late by a busy event
 * loop) then sends its next request on a connection Node is closing, and gets a reset (a proxy's
 * 502, ECONNRESET). The side that keeps a connection longer must be the server.
 */
export const KEEP_ALIVE_MS = 65_000;

/** Serves HTTP on `options.port`; idle connections are kept longer than any client keeps them. */
export function serveHttp(options: ServeOptions, listening?: (info: AddressInfo) => void): ServerType {
  const server = serve(options, listening);
  if ("keepAliveTimeout" in server) {
    server.keepAliveTimeout = KEEP_ALIVE_MS;
    // A request's headers may take as long as the connection may idle before them.
    server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  }
  return server;
}

/** Serves `fetch` on 127.0.0.1 (a free port unless one is given), once the port is taken. */
export function serveLocal(
  fetch: ServeOptions["fetch"],
  port = 0,
): Promise<{ server: ServerType; port: number; url: string }> {
  return new Promise((resolve) => {
    const server = serveHttp({ fetch, port, hostname: "127.0.0.1" }, (info) =>
      resolve({ server, port: info.port, url: `http://127.0.0.1:${info.port}` }),
    );
  });
}
