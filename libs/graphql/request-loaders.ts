import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { EntityManager } from 'typeorm';

type LoaderSet<T> = new (manager: EntityManager) => T;

/**
 * The DataLoaders of one request, made when first asked for: each context's loader class
 * batches the nested lookups of a query into one SQL statement per field, and caches them
 * for the request only.
 */
export class RequestLoaders {
  private readonly made = new Map<LoaderSet<unknown>, unknown>();

  constructor(private readonly manager: EntityManager) {}

  get<T>(kind: LoaderSet<T>): T {
    let loaders = this.made.get(kind) as T | undefined;
    if (!loaders) {
      loaders = new kind(this.manager);
      this.made.set(kind, loaders);
    }
    return loaders;
  }
}

/** The request's loaders, in a resolver: `@Loaders() loaders: RequestLoaders`. */
export const Loaders = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestLoaders =>
    GqlExecutionContext.create(context).getContext<{ loaders: RequestLoaders }>().loaders,
);
