import { isIP } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/**
 * The address a request came from, for rate limits. Behind `trustedProxies` reverse proxies the
 * socket's peer is the nearest proxy, so the client is the entry that many hops from the right of
 * X-Forwarded-For (each proxy appends the address it saw). Entries left of that are whatever the
 * client wrote and are never used; without trusted proxies the header is ignored.
 */
export function clientAddress(c: Context, trustedProxies = 0): string {
  let peer: string;
  try {
    peer = getConnInfo(c).remote.address ?? "unknown";
  } catch {
    peer = "unknown";
  }
  if (trustedProxies <= 0) return peer;
  const forwarded = (c.req.header("X-Forwarded-For") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  const client = chain[Math.max(0, chain.length - 1 - trustedProxies)]!;
  return isIP(client) ? client : peer;
}
