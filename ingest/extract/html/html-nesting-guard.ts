import { Parser } from 'htmlparser2';
import { DocumentError, DocumentErrorCode } from '@ingest/core';

/**
 * Deep enough for any real page (Word's HTML rarely passes 30 levels), shallow enough that
 * the tree walk that follows stays well inside a reader thread's stack.
 */
export const MAX_HTML_DEPTH = 1_000;

/**
 * Refuses HTML whose elements nest deeper than `maxDepth` before it is parsed into a tree.
 * A streaming tokenizer counts open elements in one pass with no recursion, closing void
 * and implied-closed elements as browsers do, so a nesting bomb costs only a scan.
 */
export function assertHtmlNesting(html: string, maxDepth = MAX_HTML_DEPTH): void {
  let depth = 0;
  let deepest = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth++;
        deepest = Math.max(deepest, depth);
        if (depth > maxDepth) {
          parser.pause();
        }
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  if (deepest > maxDepth) {
    throw new DocumentError(
      DocumentErrorCode.TooDeep,
      `HTML nested deeper than ${maxDepth} levels`,
    );
  }
}
