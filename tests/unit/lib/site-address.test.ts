import { describe, expect, it } from 'vitest';
import { publicAddress } from '../../../src/lib/site-address.ts';

describe('publicAddress', () => {
  it('gives the page address under SITE_URL', () => {
    expect(publicAddress('/lernen/werkstatt-rat/', 'https://lernen-leicht.example/')).toBe(
      'https://lernen-leicht.example/lernen/werkstatt-rat/',
    );
    expect(publicAddress(undefined, 'https://lernen-leicht.example')).toBe('https://lernen-leicht.example/');
  });
  it('gives nothing without SITE_URL, or for a local address nobody could visit from paper', () => {
    expect(publicAddress('/', undefined)).toBeUndefined();
    expect(publicAddress('/', '')).toBeUndefined();
    expect(publicAddress('/', 'http://127.0.0.1:4321')).toBeUndefined();
    expect(publicAddress('/', 'http://localhost:4321')).toBeUndefined();
    expect(publicAddress('/', 'http://[::1]:4321')).toBeUndefined();
  });
});
