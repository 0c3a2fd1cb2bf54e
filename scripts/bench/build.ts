import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
export const REPO = resolve(import.meta.dirname, "../..");
const VITE = join(REPO, "node_modules/vite/bin/vite.js");

/** A fresh temp folder, deleted by the returned function. */
export async function tempDir(prefix: string): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

async function vite(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<void> {
  // NODE_ENV=production as `npm run build` has it: under vitest (NODE_ENV=test) zmp-ui's router
  // would be built without its /zapps/<id> base path (see test/e2e/support/build.ts).
  await run(process.execPath, [VITE, "build", "--logLevel", "warn", ...args], {
    cwd,
    env: { ...process.env, ...env, NODE_ENV: "production" },
    maxBuffer: 16 * 1024 * 1024,
  });
}

/**
 * The app as `npm run build` makes it (same vite.config.ts), into `outDir` rather than www/ so a
 * bench never pulls the build from under an e2e run; plus the Rollup manifest in outDir/.vite.
 * `env` adds build-time settings such as VITE_API_URL.
 */
export async function buildApp(outDir: string, env: NodeJS.ProcessEnv = {}): Promise<void> {
  await vite(["--outDir", outDir, "--emptyOutDir", "--manifest"], REPO, env);
}

const REFERENCE_MAIN = `import { createRoot } from "react-dom/client";
import { AnimationRoutes, App, Page, Route, Text, ZMPRouter } from "zmp-ui";
import "zmp-ui/zaui.css";

function Blank() {
  return (
    <Page>
      <Text>Hello</Text>
    </Page>
  );
}

createRoot(document.getElementById("app")!).render(
  <App>
    <ZMPRouter>
      <AnimationRoutes>
        <Route path="/" element={<Blank />} />
      </AnimationRoutes>
    </ZMPRouter>
  </App>,
);
`;

const REFERENCE_HTML = `<!doctype html>
<html lang="vi">
  <head><meta charset="UTF-8" /><title>Blank</title></head>
  <body><div id="app"></div><script type="module" src="/src/main.tsx"></script></body>
</html>
`;

const REFERENCE_CONFIG = `import react from "@vitejs/plugin-react";
import zaloMiniApp from "zmp-vite-plugin";
export default {
  plugins: [zaloMiniApp({ app: { title: "Blank" }, listCSS: [], listSyncJS: [], listAsyncJS: [] }), react()],
};
`;

/**
 * The reference: a blank zmp-ui app (App + ZMPRouter + one Page with a Text, and zaui.css) built
 * with the same Vite, plugins and defaults as the app, in a temp project whose node_modules is ours.
 */
export async function buildReference(projectDir: string, outDir: string): Promise<void> {
  await mkdir(join(projectDir, "src"), { recursive: true });
  await symlink(join(REPO, "node_modules"), join(projectDir, "node_modules"), "dir");
  await writeFile(join(projectDir, "src/main.tsx"), REFERENCE_MAIN);
  await writeFile(join(projectDir, "index.html"), REFERENCE_HTML);
  await writeFile(join(projectDir, "vite.config.mjs"), REFERENCE_CONFIG);
  await vite(["--outDir", outDir, "--emptyOutDir", "--manifest"], projectDir);
}
