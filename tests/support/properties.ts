import fc from 'fast-check';

/**
 * How long one fast-check property may run. Quiet, the slowest property of the unit tests takes
 * under 1 s; beside two busy processes while other builds ran too (load 10), 3.5 s. On a machine
 * busier still, a property stops at this limit, passing when it found no counterexample so far,
 * instead of running into the test's timeout (vitest.config.ts), which stays well above it.
 */
export const PROPERTY_TIME_LIMIT_MS = 5_000;

/** The options for `fc.assert`: an explicit number of runs, and the time limit above. */
export function runs(numRuns: number): fc.Parameters<unknown> {
  return { numRuns, plugins: [fc.interruptAfterTimeLimit(PROPERTY_TIME_LIMIT_MS)] };
}
