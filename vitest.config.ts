import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The JSON report lets .ci/run print one plain closing line of counts.
    reporters: ["default", ["json", { outputFile: "tests/.output/results.json" }]],
    // Build tests start builds in child processes; browser tests start Chromium.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Test files run two at a time, one per core of a CI-sized machine.
    fileParallelism: true,
    maxWorkers: 2,
    // No test reads content/, the sample a newsroom replaces: a command a test starts without
    // --content looks here, where there is no content folder, and fails (tests/unit/fixtures.test.ts).
    env: { NEWS_CONTENT_DIR: "tests/.output/no-content-folder" },
    // Every test file removes the temporary folders it made.
    setupFiles: ["tests/setup.ts"],
    projects: [
      {
        extends: true,
        // Pure functions of src/ on small fixtures: builds nothing (`npm run test:unit`).
        test: { name: "unit", include: ["tests/unit/**/*.test.ts", "tests/property/**/*.test.ts"] },
      },
      {
        extends: true,
        // Real builds, the built sample site (made once by the global setup) and the browser.
        test: { name: "site", include: ["tests/build/**/*.test.ts", "tests/quality/**/*.test.ts", "tests/browser/**/*.test.ts"], globalSetup: ["tests/global-setup.ts"] },
      },
    ],
  },
});
