/**
 * The q-quantile of values by linear interpolation between order statistics (Hyndman and
 * Fan's type 7, as PostgreSQL's percentile_cont and R's default); null for no values.
 */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}
