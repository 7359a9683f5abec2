const ID_AT_START =
  /^\s*(?:(?:code\s+)?(?:provision|section|clause|para(?:graph)?|ref(?:erence)?|requirement|no\.?)\s*)?(\d{1,2})\s*\.\s*(\d{1,2})(?![\d.]*\d)\.?(?=\s|$|[):,;–-])/i;

export interface ProvisionIdMatch {
  id: string;
  /** Whatever followed the number in the same cell. */
  rest: string;
}

/** The provision number a cell starts with ("1.2", "Provision 5.10", "6.3."). */
export function readProvisionId(text: string): ProvisionIdMatch | null {
  const match = ID_AT_START.exec(text);
  if (!match) {
    return null;
  }
  const section = Number(match[1]);
  const number = Number(match[2]);
  if (section < 1 || section > 12 || number > 40) {
    return null;
  }
  return {
    id: `${section}.${number}`,
    rest: text.slice(match[0].length).replace(/^[\s):.,;–-]+/, ''),
  };
}
