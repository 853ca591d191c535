/**
 * The order in which a self-check shows its answers and steps: mixed, but the same on every build,
 * visit and browser, with and without JavaScript. The content lists answers as the editor wrote them
 * and steps in the right order; the page shows them in the order these functions give.
 *
 * Seeded by the lesson id and the question's index, so a question keeps its order until it moves.
 * A permutation lists content indices in display order: `[2, 0, 1]` shows the third item first.
 */

/** FNV-1a, 32 bits: a small, well-spread hash of a text. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

/** Mulberry32: a tiny pseudo-random generator; each call gives a number in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The indices 0 … length-1 mixed by Fisher–Yates, the same for the same seed. */
export function seededPermutation(length: number, seed: string): number[] {
  const next = random(hash(seed));
  const order = Array.from({ length }, (_, i) => i);
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] ?? j, order[i] ?? i];
  }
  return order;
}

const seedOf = (lessonId: string, questionIndex: number) => `${lessonId}#${String(questionIndex)}`;

/** The display order of a question's answers: content indices, first shown first. */
export function answerOrder(lessonId: string, questionIndex: number, count: number): number[] {
  return seededPermutation(count, seedOf(lessonId, questionIndex));
}

const isIdentity = (order: readonly number[]) => order.every((index, position) => index === position);
const isReversed = (order: readonly number[]) => order.every((index, position) => index === order.length - 1 - position);

/**
 * The display order of an order question's steps: neither the right order nor its reverse, so that
 * neither leaving the steps nor turning the list around solves it. That needs at least 3 steps (the
 * schema asks for them); with fewer, every order is one of the two and the mix is returned as it is.
 * Where the mix hits one of the two, its first two steps change places: for 3 or more steps the
 * result is then neither.
 */
export function stepOrder(lessonId: string, questionIndex: number, count: number): number[] {
  const order = seededPermutation(count, seedOf(lessonId, questionIndex));
  if (count >= 3 && (isIdentity(order) || isReversed(order))) {
    [order[0], order[1]] = [order[1] ?? 1, order[0] ?? 0];
  }
  return order;
}

/** Where a content item is shown: its display position (0 is first) in `order`. */
export function displayPosition(order: readonly number[], contentIndex: number): number {
  return order.indexOf(contentIndex);
}
