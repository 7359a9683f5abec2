import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { queryShape } from './query-shape';

const shapeOf = (query: string) => {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return queryShape(document, operation);
};

describe('queryShape', () => {
  it('should count depth through fragments and inline fragments, not __ fields', () => {
    expect(
      shapeOf(
        '{ a { ... on T { b { ...F } } } __schema { types { name } } } fragment F on T { c }',
      ),
    ).toEqual({ depth: 3, nodes: 8 });
  });

  it('should measure a fragment fan-out of 2^60 selections without expanding it', () => {
    const fragments = ['fragment F0 on T { a }'];
    for (let i = 1; i <= 60; i++) {
      fragments.push(`fragment F${i} on T { ...F${i - 1} ...F${i - 1} }`);
    }
    const shape = shapeOf(`{ x { ...F60 } }\n${fragments.join('\n')}`);
    expect(shape.depth).toBe(2);
    expect(shape.nodes).toBeGreaterThan(2 ** 60);
  });

  it('should count a cycle (refused by validation) as empty rather than loop', () => {
    expect(shapeOf('{ x { ...A } } fragment A on T { y ...B } fragment B on T { ...A }')).toEqual({
      depth: 2,
      nodes: 5,
    });
  });
});
