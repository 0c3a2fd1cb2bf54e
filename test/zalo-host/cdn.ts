import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { MP_HOST } from "./sdk";

/**
 * The package's files as Zalo's CDN serves them: over HTTPS, gzip-compressed. Playwright's routing
 * cannot do that (Chromium takes a fulfilled body as already decoded), so the bench's stack lets
 * those requests go to the network, and these Chromium flags send h5.zdn.vn here instead.
 */
export async function startCdn(www: string): Promise<{ chromiumFlags: string[]; stop(): Promise<void> }> {
  const server = createServer(selfSignedCertificate(), (request, response) => {
    // /zapps/<appId>/<file>: the package's file, compressed once per request as a CDN edge does.
    const file = (request.url ?? "").split("?")[0]!.split("/").slice(3).join("/");
    const path = normalize(join(www, decodeURIComponent(file)));
    if (!path.startsWith(`${normalize(www)}/`) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    void readFile(path).then((body) => {
      response.writeHead(200, {
        "Content-Type": CONTENT_TYPES[extname(path)] ?? "application/octet-stream",
        "Content-Encoding": "gzip",
        "Access-Control-Allow-Origin": "*",
      });
      response.end(gzipSync(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    chromiumFlags: [
      `--host-resolver-rules=MAP ${MP_HOST}:443 127.0.0.1:${port}`,
      "--ignore-certificate-errors",
      // A public origin's page loading from 127.0.0.1 would otherwise be a local network request.
      "--disable-features=LocalNetworkAccessChecks",
    ],
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export const CONTENT_TYPES: { [ext: string]: string } = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
};

function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), "zalo-cdn-"));
  try {
    execFileSync(
      "openssl",
      ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", `/CN=${MP_HOST}`].concat([
        "-keyout",
        "key.pem",
        "-out",
        "cert.pem",
      ]),
      { cwd: dir, stdio: "ignore" },
    );
    return { key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
