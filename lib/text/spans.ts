// Span helpers shared by the text rules.

export interface Span {
  start: number;
  end: number;
}

/**
 * Keeps one span per overlapping group: the longest, the first on ties ("kanker op" over "kanker").
 * Sorted by start. Linear after the sort.
 */
export function longestNonOverlapping<T extends Span>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end - s.start > last.end - last.start) out[out.length - 1] = s;
      continue;
    }
    out.push(s);
  }
  return out;
}
