import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { narrowPolicy } from '../../../../src/lib/security/csp-per-page.ts';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)?.[1] ?? '';

describe('per-page policy', () => {
  const a = 'console.log(1)';
  const b = 'console.log(2)';
  const style = 'p{color:red}';
  const policy = `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${hash(a)} ${hash(b)};style-src 'self' ${hash(style)};`;

  it('keeps the hashes of the inline scripts and styles the page holds, and every other source', () => {
    const html = page(policy, `<script type="module">${a}</script><script src="/x.js"></script><style>${style}</style>`);
    expect(policyOf(narrowPolicy(html))).toBe(
      `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${hash(a)};style-src 'self' ${hash(style)};`,
    );
  });

  it('never adds a hash the policy did not allow', () => {
    const html = page(policy, `<script>alert(3)</script>`);
    const narrowed = policyOf(narrowPolicy(html));
    expect(narrowed).not.toContain(hash('alert(3)'));
    expect(narrowed).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });

  it('leaves a page without a policy as it is', () => {
    expect(narrowPolicy('<p>Hallo</p>')).toBe('<p>Hallo</p>');
  });
});
