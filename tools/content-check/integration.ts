/**
 * Runs the content check before every build and stops the build on any finding.
 * Astro itself validates each entry, but only warns about references to entries that do not exist.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from './check.ts';
import { formatSummary } from './summary.ts';
import { contentDirFor } from '../../src/lib/content/dir.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'll-content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const findings = await checkContent(root, contentDirFor(root));
        if (findings.length === 0) return;
        const report = formatSummary('Der Inhalt hat Fehler', findings);
        if (command === 'build') throw new Error(`\n${report}`);
        logger.error(report);
      },
    },
  };
}
