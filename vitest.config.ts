import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
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
