import { defineConfig } from "vitest/config";
import path from "node:path";

const alias = {
  "@": path.resolve(__dirname),
  // lib/server marks itself server-only; in tests it runs in plain Node.
  "server-only": path.resolve(__dirname, "tests/support/empty.ts"),
};

export default defineConfig({
  test: {
    // Every test sets up its own data: files and the tests in each file run in random order, so no
    // test leans on an earlier one. `--sequence.seed=N` repeats an order. (Set at the root: vitest
    // takes `sequence` from the root config, not from a project.)
    sequence: { shuffle: { files: true, tests: true } },
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // generous: a loaded CI machine (other builds beside it) makes the heaviest tests, such as
          // the unpacked-size guard and the reference-data load on PGlite, take minutes, not seconds
          testTimeout: 180_000,
          hookTimeout: 240_000,
          // PGlite instances are memory-hungry; two files at a time suits the 2-core machines.
          maxWorkers: 2,
        },
      },
    ],
  },
});
