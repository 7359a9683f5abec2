import type { DocumentNode } from 'graphql';

/** Variables longer than this are checked afresh each time rather than kept as a key. */
const MAX_KEY_LENGTH = 4_096;
/** Distinct variable sets kept per document: a client paging through a list uses a few. */
const MAX_KEYS_PER_DOCUMENT = 64;

/**
 * Operations that passed the query limits, per parsed document and variables. Apollo hands
 * every request with the same query text the same parsed document from its document cache,
 * so a repeated query skips the walks over its tree; the entries go when the document does.
 */
export class PassedOperations {
  private readonly passed = new WeakMap<DocumentNode, Set<string>>();

  /** The key of an operation, or null when its variables are too long to keep. */
  key(operationName: string | null | undefined, variables: unknown): string | null {
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
    return key.length > MAX_KEY_LENGTH ? null : key;
  }

  has(document: DocumentNode, key: string | null): boolean {
    return key !== null && (this.passed.get(document)?.has(key) ?? false);
  }

  add(document: DocumentNode, key: string | null): void {
    if (key === null) {
      return;
    }
    let keys = this.passed.get(document);
    if (!keys) {
      keys = new Set();
      this.passed.set(document, keys);
    }
    if (keys.size >= MAX_KEYS_PER_DOCUMENT) {
      keys.delete(keys.values().next().value!);
    }
    keys.add(key);
  }
}
