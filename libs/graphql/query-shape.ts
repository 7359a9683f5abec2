import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface QueryShape {
  /** How deeply fields nest (introspection's __ fields not counted). */
  depth: number;
  /**
   * Selections (fields, inline fragments and spreads) once every fragment is expanded
   * where it is spread: what a walk of the whole query visits.
   */
  nodes: number;
}

/**
 * The depth and expanded size of an operation, in time linear in the document: each
 * selection set is measured once and remembered, so fragments spread many times (a
 * fan-out of 1 KB can expand to billions of selections) cost one visit each. Cycles are
 * refused by validation before this runs; one met here counts as empty.
 */
export function queryShape(document: DocumentNode, operation: OperationDefinitionNode): QueryShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  const measured = new Map<SelectionSetNode, QueryShape>();
  const measuring = new Set<SelectionSetNode>();
  const measure = (set: SelectionSetNode): QueryShape => {
    const known = measured.get(set);
    if (known) {
      return known;
    }
    if (measuring.has(set)) {
      return { depth: 0, nodes: 0 };
    }
    measuring.add(set);
    const shape = { depth: 0, nodes: 0 };
    for (const selection of set.selections) {
      shape.nodes += 1;
      if (selection.kind === Kind.FIELD) {
        const below = selection.selectionSet
          ? measure(selection.selectionSet)
          : { depth: 0, nodes: 0 };
        shape.nodes += below.nodes;
        if (!selection.name.value.startsWith('__')) {
          shape.depth = Math.max(shape.depth, 1 + below.depth);
        }
      } else {
        const inner =
          selection.kind === Kind.INLINE_FRAGMENT
            ? selection.selectionSet
            : fragments.get(selection.name.value)?.selectionSet;
        const below = inner ? measure(inner) : { depth: 0, nodes: 0 };
        shape.nodes += below.nodes;
        shape.depth = Math.max(shape.depth, below.depth);
      }
    }
    measuring.delete(set);
    measured.set(set, shape);
    return shape;
  };
  return measure(operation.selectionSet);
}
