import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/global-setup.ts"],
    // The JSON report lets .ci/run print one plain closing line of counts.
    reporters: ["default", ["json", { outputFile: "tests/.output/results.json" }]],
    // Build tests start Eleventy in a child process; browser tests start Chromium.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Build and browser tests share the machine's two cores; run files one at a time in CI-sized machines.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
