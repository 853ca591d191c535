/**
 * The messages between a page and the service worker for keeping a module offline.
 * The page sends a request with a MessageChannel port; the worker answers on that port.
 */
import { isModulePath } from './cache.ts';

export interface OfflineRequest {
  /** keep: save the module page, its lessons, their pictures and the search; forget: remove them; status: is it kept? */
  type: 'keep' | 'forget' | 'status';
  /** The module page's path, "/lernen/<modul>/". */
  module: string;
}

export type OfflineReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'kept'; missing: number }
  | { type: 'forgotten' }
  | { type: 'status'; kept: boolean }
  | { type: 'failed' };

/** Messages come from any page of the origin; the worker acts only on well-formed ones. */
export function parseOfflineRequest(data: unknown): OfflineRequest | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, module } = data as Record<string, unknown>;
  if (type !== 'keep' && type !== 'forget' && type !== 'status') return undefined;
  if (typeof module !== 'string' || !isModulePath(module)) return undefined;
  return { type, module };
}
