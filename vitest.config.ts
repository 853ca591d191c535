import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A test's time is wall-clock time, and the tests must pass on a busy two-core machine. The slowest
    // tests without a time of their own are those of the lint:text command, which start Node once per
    // test: 0.6 to 2 s each on a quiet machine, up to 21 s beside two busy processes while other builds
    // ran too (load 10). Vitest's 5 s left no room; a test that hangs still fails, after 60 s. Property
    // tests stop earlier, at their own limit (tests/support/properties.ts). Workers: Vitest's default,
    // one fewer than the cores, so one on two cores, which leaves a core to the processes tests start.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tools/**/*.test.ts'],
          // They need Astro's Vite setup: their own project, below.
          exclude: [...configDefaults.exclude, 'tests/unit/components/**'],
          environment: 'node',
        },
      },
      './vitest.components.config.ts',
    ],
  },
});
