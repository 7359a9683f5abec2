const NAMED_COLOURS: Record<string, string> = {
  red: '#ff0000',
  green: '#008000',
  lime: '#00ff00',
  orange: '#ffa500',
  amber: '#ffbf00',
  yellow: '#ffff00',
  white: '#ffffff',
};

function hex(value: number): string {
  return Math.max(0, Math.min(255, Math.round(value)))
    .toString(16)
    .padStart(2, '0');
}

/** Normalises a CSS or Word colour value to #rrggbb, or null when it is none we read. */
export function normaliseColour(value: string | undefined | null): string | null {
  if (!value) {
    return null;
  }
  const colour = value.trim().toLowerCase();
  const long = /^#?([0-9a-f]{6})$/.exec(colour);
  if (long) {
    return `#${long[1]}`;
  }
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(colour);
  if (short) {
    return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  }
  const rgb = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)/.exec(colour);
  if (rgb) {
    return `#${hex(Number(rgb[1]))}${hex(Number(rgb[2]))}${hex(Number(rgb[3]))}`;
  }
  return NAMED_COLOURS[colour] ?? null;
}

/** The background colour an HTML cell declares, through its style or bgcolor. */
export function cellFill(style: string | undefined, bgcolor: string | undefined): string | null {
  const fromStyle = /background(?:-color)?\s*:\s*([^;]+)/i.exec(style ?? '')?.[1];
  return normaliseColour(fromStyle?.split(/\s+/)[0]) ?? normaliseColour(bgcolor);
}
