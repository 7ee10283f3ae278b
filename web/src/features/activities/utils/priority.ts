// The priority order of activities: ranks for display, and the whole new order after a move. A move
// in a filtered list or in one board column is placed next to its neighbour in the full order, so
// the activities not on screen keep their places.

/** Rank 1 is the first activity of the full list (which the server sends in priority order). */
export function ranksOf(ordered: readonly { id: string }[]): Map<string, number> {
  return new Map(ordered.map((a, i) => [a.id, i + 1]));
}

/** The full order with `moved` (in their current relative order) placed before or after `target`. */
export function reorderedIds(allIds: readonly string[], moved: readonly string[], target: string, position: 'before' | 'after'): string[] {
  const movedSet = new Set(moved);
  if (movedSet.has(target)) return [...allIds];
  const rest = allIds.filter((id) => !movedSet.has(id));
  const at = rest.indexOf(target) + (position === 'after' ? 1 : 0);
  return [...rest.slice(0, at), ...allIds.filter((id) => movedSet.has(id)), ...rest.slice(at)];
}
