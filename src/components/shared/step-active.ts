/** The option ↓ (or ↑) moves to in a list of `count`, wrapping around at either end; 0 for an empty list. */
export function stepActive(active: number, count: number, down: boolean): number {
  if (count === 0) return 0;
  return (Math.min(active, count - 1) + (down ? 1 : -1) + count) % count;
}
