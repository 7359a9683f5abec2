import { BREAK, getLocation, Kind, visit, type DocumentNode } from 'graphql';

/** Where a value holds a NUL, which PostgreSQL text cannot store: `variables.input.name`. */
function nulInValue(value: unknown, path: string): string | null {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? path : null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = nulInValue(inner, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`);
      if (found) {
        return found;
      }
    }
  }
  return null;
}

/**
 * The first place a request carries a NUL character (`\u0000`) in a string, as a string
 * literal's line and column in the query or a path in the variables; null when none.
 */
export function findNulCharacter(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): string | null {
  let found: string | null = null;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes('\u0000')) {
        const at = node.loc ? getLocation(node.loc.source, node.loc.start) : null;
        found = at ? `the query at line ${at.line}, column ${at.column}` : 'the query';
        return BREAK;
      }
      return undefined;
    },
  });
  return found ?? nulInValue(variables ?? {}, 'variables');
}
