/**
 * Watching a page for violations of its Content Security Policy, for the browser tests (csp.spec.ts, and the
 * sweep over every page in every-page.spec.ts). Violations are caught twice: the `securitypolicyviolation`
 * events of each page (recorded by an init script) and the browser's own console errors about the policy.
 */
import type { Page } from '@playwright/test';

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}
type Recorder = Window & { cspViolations?: Violation[] };

/** Records every violation of the page's policy on `window.cspViolations`, from the first byte on. */
function recordViolations() {
  const recorder = window as Recorder;
  recorder.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    recorder.cspViolations?.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      source: `${event.sourceFile}:${String(event.lineNumber)}`,
    });
  });
}

/** Starts watching a page; `findings()` then lists every violation seen so far, with its address. */
export async function watch(page: Page) {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
      consoleErrors.push(`${new URL(page.url()).pathname}: ${message.text()}`);
    }
  });
  await page.addInitScript(recordViolations);
  const events: string[] = [];
  return {
    /** Reads the violations recorded on the current document; call before leaving it. */
    async collect() {
      const recorded = await page.evaluate(() => (window as Recorder).cspViolations ?? null);
      const where = new URL(page.url()).pathname;
      if (recorded === null) events.push(`${where}: the recorder did not run`);
      for (const v of recorded ?? []) events.push(`${where}: ${v.directive} blocked ${v.blocked} (${v.source})`);
    },
    findings: () => [...events, ...consoleErrors],
  };
}

/** Whether the policy <meta> comes before every script and stylesheet: a policy covers only what follows it. */
export function policyComesFirst(): string {
  const policy = document.querySelector('meta[http-equiv="content-security-policy"]');
  if (!policy) return 'no policy';
  const earlier = [...document.querySelectorAll('script, style, link[rel="stylesheet"]')].filter(
    (element) => element.compareDocumentPosition(policy) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  return earlier.length === 0 ? 'first' : `after ${earlier.map((e) => e.outerHTML.slice(0, 60)).join(', ')}`;
}
