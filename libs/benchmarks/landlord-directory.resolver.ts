import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Connection } from '../graphql/connection';
import { pageRequest } from '../graphql/page-request';
import {
  LandlordDirectoryArgs,
  LandlordDirectoryConnection,
  SortDirectionValue,
  type LandlordDirectoryEntryObject,
} from './dto/landlord-directory.object';
import { LandlordDirectoryService } from './landlord-directory.service';

@Resolver()
export class LandlordDirectoryResolver {
  constructor(private readonly directory: LandlordDirectoryService) {}

  @Query(() => LandlordDirectoryConnection, {
    description:
      'Every landlord with its kind, region, size, current period, declared compliance and evidence quality: filtered, sorted and paged, with the total.',
  })
  landlordDirectory(
    @Args() args: LandlordDirectoryArgs,
  ): Promise<Connection<LandlordDirectoryEntryObject>> {
    return this.directory.page(
      args.filter ?? {},
      args.orderBy,
      args.direction === SortDirectionValue.DESC,
      pageRequest(args),
    );
  }
}
