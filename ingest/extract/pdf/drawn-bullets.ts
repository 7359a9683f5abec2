import type { PdfPage, PdfTextItem } from '../sandbox/reader-messages';
import { MARK_SIZE } from './ruling-lines';

/** Text items with "• " put back where a drawn bullet mark stands just left of them. */
export function withDrawnBullets(page: PdfPage): PdfTextItem[] {
  const marks = page.shapes.filter(
    (s) =>
      s.fill !== null && s.x2 - s.x1 <= MARK_SIZE && s.y2 - s.y1 <= MARK_SIZE && s.x2 - s.x1 > 1,
  );
  const bulleted = new Set<PdfTextItem>();
  for (const mark of marks) {
    const middle = (mark.y1 + mark.y2) / 2;
    let nearest: PdfTextItem | undefined;
    for (const item of page.items) {
      const gap = item.x - mark.x2;
      const sameLine = middle <= item.y && middle >= item.y - item.height;
      if (sameLine && gap >= 0 && gap < item.height * 1.8 && (!nearest || item.x < nearest.x)) {
        nearest = item;
      }
    }
    if (nearest) {
      bulleted.add(nearest);
    }
  }
  return page.items.map((item) =>
    bulleted.has(item) ? { ...item, text: `• ${item.text}` } : item,
  );
}
