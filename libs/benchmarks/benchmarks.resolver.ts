import { Args, Query, Resolver } from '@nestjs/graphql';
import { SectorFilterInput } from '../landlords/dto/landlord-filter.input';
import { BenchmarksService } from './benchmarks.service';
import { ProvisionArgs, ProvisionBreakdownArgs, SectorBreakdownArgs } from './dto/benchmark-args';
import { BenchmarkGroupObject, ProvisionBenchmarkObject } from './dto/answer-counts.object';

@Resolver()
export class BenchmarksResolver {
  constructor(private readonly benchmarks: BenchmarksService) {}

  @Query(() => [ProvisionBenchmarkObject], {
    description:
      'One row per 2024 provision: answers, boilerplate and specificity over the current assessments of the filtered sector (all of it without a filter).',
  })
  provisionBenchmarks(
    @Args('filter', {
      type: () => SectorFilterInput,
      nullable: true,
      description: 'Which part of the sector; all of it without one.',
    })
    filter: SectorFilterInput | null,
    @Args() { provision }: ProvisionArgs,
  ): Promise<ProvisionBenchmarkObject[]> {
    return this.benchmarks.provisionBenchmarks(filter ?? {}, provision ?? null);
  }

  @Query(() => [BenchmarkGroupObject], {
    description:
      'One provision broken down by landlord kind, region, size band, year (each landlord’s assessment of that year) or edition.',
  })
  provisionBreakdown(
    @Args() { provision, by }: ProvisionBreakdownArgs,
    @Args('filter', {
      type: () => SectorFilterInput,
      nullable: true,
      description: 'Which part of the sector; all of it without one.',
    })
    filter: SectorFilterInput | null,
  ): Promise<BenchmarkGroupObject[]> {
    return this.benchmarks.breakdown(filter ?? {}, provision, by);
  }

  @Query(() => [BenchmarkGroupObject], {
    description:
      'Every provision’s answers together, broken down like provisionBreakdown: by YEAR, the sector’s answers over the years.',
  })
  sectorBreakdown(
    @Args() { by }: SectorBreakdownArgs,
    @Args('filter', {
      type: () => SectorFilterInput,
      nullable: true,
      description: 'Which landlords and assessments count; all current ones without it.',
    })
    filter: SectorFilterInput | null,
  ): Promise<BenchmarkGroupObject[]> {
    return this.benchmarks.breakdown(filter ?? {}, null, by);
  }
}
