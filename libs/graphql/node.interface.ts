import { Field, ID, InterfaceType } from '@nestjs/graphql';

/**
 * Relay's Node: anything with a global id that `node(id:)` can fetch again. Our ids are
 * UUIDs, unique across every table, so they serve as global ids as they are.
 */
@InterfaceType('Node', {
  description: 'An object with a global id, which `node(id:)` fetches again.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'The global id (a UUID).' })
  id!: string;
}
