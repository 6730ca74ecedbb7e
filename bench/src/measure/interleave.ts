/**
 * The order targets are measured in during `round` (counting from 1): every target once per round, the starting
 * target moving on by one each round, so none is always measured first (right after another phase) or last.
 */
export function interleavedOrder<T>(items: readonly T[], round: number): T[] {
  if (items.length === 0) return [];
  const offset = (round - 1) % items.length;
  return [...items.slice(offset), ...items.slice(0, offset)];
}
