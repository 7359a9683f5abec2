import { percent } from '../format';

/** One band of the heatmap's colour scale. */
export interface HeatBand {
  from: number;
  to: number;
  background: string;
  color: string;
  label: string;
}

export interface HeatScale {
  bands: HeatBand[];
  /** The band a share falls in; null for no share. */
  bandOf(share: number | null): HeatBand | null;
}

// Pale red (rarely met) to deep blue (always met), each step distinct; text flips for 4.5:1.
const PALETTE = ['#f6d5d2', '#f3e3c9', '#dfe9f5', '#a9c7e8', '#2f6aa8', '#0b4f91'];
const DARK_FROM = 4;

export const NO_SHARE_STYLE = 'background:#e9ecef;color:#1b1f24';

/** The value below which a share `q` of the sorted values lie (nearest rank). */
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/**
 * Bands cut at the data's own quantiles, so the shares spread over the colours instead of
 * crowding into one (most provisions are met by most landlords). Equal shares stay in one
 * band; each band gets its own colour, spread over the palette, darkest for the highest.
 */
export function heatScale(
  shares: readonly (number | null)[],
  maxBands = PALETTE.length,
): HeatScale {
  const sorted = shares.filter((s): s is number => s !== null).sort((a, b) => a - b);
  if (sorted.length === 0) {
    return { bands: [], bandOf: () => null };
  }
  const cuts = [
    ...new Set(
      Array.from({ length: maxBands - 1 }, (_, i) => quantile(sorted, (i + 1) / maxBands)),
    ),
  ].filter((cut) => cut > sorted[0]!);
  const lows = [sorted[0]!, ...cuts];
  const bands = lows.map((from, i) => {
    const next = lows[i + 1];
    const inside = sorted.filter((s) => s >= from && (next === undefined || s < next));
    const to = inside.at(-1) ?? from;
    const step =
      lows.length === 1
        ? PALETTE.length - 1
        : Math.round((i * (PALETTE.length - 1)) / (lows.length - 1));
    return {
      from,
      to,
      background: PALETTE[step]!,
      color: step >= DARK_FROM ? '#ffffff' : '#1b1f24',
      label: percent(from) === percent(to) ? percent(from) : `${percent(from)}–${percent(to)}`,
    };
  });
  return {
    bands,
    bandOf: (share) =>
      share === null ? null : ([...bands].reverse().find((b) => share >= b.from) ?? bands[0]!),
  };
}

export const bandStyle = (band: HeatBand | null): string =>
  band ? `background:${band.background};color:${band.color}` : NO_SHARE_STYLE;
