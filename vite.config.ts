import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import zaloMiniApp from "zmp-vite-plugin";

const apiPort = Number(process.env.API_PORT ?? 8787);

export default defineConfig({
  root: ".",
  plugins: [zaloMiniApp(), react()],
  server: {
    port: Number(process.env.PORT ?? 3000),
    strictPort: true,
    host: "localhost",
    proxy: { "/api": `http://127.0.0.1:${apiPort}` },
  },
  build: { outDir: "www", emptyOutDir: true },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "component",
          include: ["test/component/**/*.test.tsx", "test/store/**/*.test.ts"],
          environment: "jsdom",
          globals: true,
          setupFiles: ["test/component/setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "api",
          include: ["test/api/**/*.test.ts"],
          environment: "node",
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
