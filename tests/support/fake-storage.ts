import type { KeyValueStorage } from '../../src/lib/local-storage.ts';

/** A storage in memory that can be told to fail the way browsers fail. */
export class FakeStorage implements KeyValueStorage {
  readonly data = new Map<string, string>();
  /** getItem throws, as with disabled storage. */
  failGet = false;
  /** setItem throws: a full quota, or a security error. */
  failSet: 'quota' | 'security' | false = false;
  failRemove = false;
  /** How many characters (keys and values) fit; more throws a quota error. */
  capacity = Number.POSITIVE_INFINITY;

  constructor(entries: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(entries)) this.data.set(key, value);
  }

  getItem(key: string): string | null {
    if (this.failGet) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.failSet === 'security') throw new DOMException('The operation is insecure.', 'SecurityError');
    const used = [...this.data].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
    if (this.failSet === 'quota' || used + key.length + value.length > this.capacity) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.data.set(key, value);
  }

  removeItem(key: string): void {
    if (this.failRemove) throw new DOMException('The operation is insecure.', 'SecurityError');
    this.data.delete(key);
  }

  snapshot(): Record<string, string> {
    return Object.fromEntries(this.data);
  }
}
