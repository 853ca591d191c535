import { defineConfig } from 'vitest/config';

/** `npm run test:server`: tests against a real web server over the built site in dist/. */
export default defineConfig({
  test: {
    include: ['tests/server/**/*.test.ts'],
    environment: 'node',
    hookTimeout: 30_000,
  },
});
