import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * The operator's console (src/console/): its own entry and build, served by the API at /console/
 * from dist-console/. Never part of the mini app's www/ (vite.config.ts), which a test checks.
 */
export default defineConfig({
  root: "src/console",
  base: "/console/",
  plugins: [react()],
  build: {
    outDir: "../../dist-console",
    emptyOutDir: true,
    // antd is one big dependency: a desktop console loads it once and keeps it cached.
    chunkSizeWarningLimit: 2000,
  },
});
