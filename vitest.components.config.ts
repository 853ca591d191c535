/**
 * The component tests (tests/unit/components/): Vitest with Astro's own Vite setup, so .astro files
 * compile and Astro's Container API can render them. A project of `npm run test:unit` (vitest.config.ts).
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'components',
    include: ['tests/unit/components/**/*.test.ts'],
    environment: 'node',
  },
});
