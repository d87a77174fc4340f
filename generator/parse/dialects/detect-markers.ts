/**
 * Scores doc texts by the markers they contain: each doc adds the weight of every marker found in
 * it once, so a marker that repeats within one doc does not outweigh the others.
 */
export function countMarkers(docs: readonly string[], markers: readonly (readonly [string, number])[]): number {
  let score = 0;
  for (const text of docs) {
    for (const [marker, weight] of markers) {
      if (text.includes(marker)) score += weight;
    }
  }
  return score;
}
