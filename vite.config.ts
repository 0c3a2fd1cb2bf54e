import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import zaloMiniApp from "zmp-vite-plugin";
import type { Plugin } from "vite";

const apiPort = Number(process.env.API_PORT ?? 8787);

/**
 * Marks every chunk for eager compilation (V8's explicit compile hints, Chrome 136+). Without it,
 * V8 compiles each function on the main thread the first time it runs, so a screen's first open
 * paid for compiling its own code and React's update paths inside the tap (about 40 of the
 * 200 ms of a wizard step change at 4× CPU). With it, V8 compiles a chunk when it loads, off the
 * main thread, and a screen's code is preloaded before it is opened. Other engines ignore the comment.
 */
function compileHints(): Plugin {
  return {
    name: "compile-hints",
    apply: "build",
    // Last, after minification and Vite's preload helper: the comment has to be the first line.
    generateBundle: {
      order: "post",
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === "chunk") chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      },
    },
  };
}

export default defineConfig({
  root: ".",
  plugins: [zaloMiniApp(), react(), compileHints()],
  server: {
    port: Number(process.env.PORT ?? 3000),
    strictPort: true,
    host: "localhost",
    proxy: { "/api": `http://127.0.0.1:${apiPort}` },
  },
  build: {
    outDir: "www",
    emptyOutDir: true,
    // No <link rel="modulepreload"> per dependency of a lazy screen: Chromium spends about 30 ms
    // (125 at 4× CPU) inserting the ~15 links of the ZCA's home, in one task at start-up. The app
    // preloads each screen's code before it is opened (src/platform/screen-code.ts), so the
    // module loader fetching a chunk's imports after the chunk costs no tap a round trip.
    modulePreload: false,
  },
  test: {
    projects: [
      {
        extends: true,
        // A loaded 2-core CI runs eslint and the property tests several times slower than 5 s allows.
        test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node", testTimeout: 20_000 },
      },
      {
        extends: true,
        test: {
          name: "component",
          include: ["test/component/**/*.test.tsx", "test/store/**/*.test.ts"],
          environment: "jsdom",
          globals: true,
          setupFiles: ["test/component/setup.ts"],
          // findBy waits 3 s (setup.ts): a test of several screens needs more than 5 s on a loaded CI.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: "api",
          include: ["test/api/**/*.test.ts"],
          environment: "node",
          // One migrated (and seeded) database per run, which each test server's database copies.
          globalSetup: ["test/api/helpers/database-templates.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.e2e.test.ts"],
          environment: "node",
          globalSetup: ["test/e2e/support/build.ts"],
          // expect.poll waits on screens: 1 s (the default) is short on a busy CI.
          expect: { poll: { timeout: 5_000 } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          poolOptions: { forks: { singleFork: true } },
        },
      },
      {
        extends: true,
        test: {
          // The production build inside an emulated Zalo host (test/zalo-host/), with the real zmp-sdk.
          name: "zalo",
          include: ["test/zalo/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/zalo-host/build.ts"],
          // expect.poll waits on screens and on the host: 1 s (the default) is short on a busy CI.
          expect: { poll: { timeout: 5_000 } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
