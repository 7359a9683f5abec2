import { Args, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { financialYearLabel } from '@ingest/outcomes/financial-year';
import { toLandlordObject } from '../landlords/dto/landlord.mapper';
import {
  OutcomeScatterArgs,
  OutcomeScatterObject,
  SCATTER_MEASURES,
} from './dto/outcome-scatter.object';
import { OutcomeScatterRepository } from './outcome-scatter.repository';

const round = (n: number | null) => (n === null ? null : Math.round(n * 10_000) / 10_000);

@Resolver(() => OutcomeScatterObject)
export class OutcomeScatterResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => OutcomeScatterObject, {
    description:
      'Declared compliance against one outcome measure (its latest figure) for the landlords in a filter, with medians: the overview’s scatter.',
  })
  async outcomeScatter(
    @Args() { filter, measure, tenure }: OutcomeScatterArgs,
  ): Promise<OutcomeScatterObject> {
    const repository = new OutcomeScatterRepository(this.dataSource.manager);
    const available = await repository.available(SCATTER_MEASURES);
    const shown = measure ?? available[0] ?? SCATTER_MEASURES[0];
    const rows = await repository.rows(filter ?? {}, shown, tenure);
    const points = rows.filter((r) => r.declaredCompliance !== null && r.value !== null);
    return {
      measure: shown,
      tenure,
      available,
      declaring: rows.filter((r) => r.declaredCompliance !== null).length,
      measured: rows.filter((r) => r.value !== null).length,
      points: points.map((r) => ({
        landlord: toLandlordObject(r),
        declaredCompliance: round(r.declaredCompliance)!,
        yes: r.yes,
        stated: r.stated,
        value: r.value!,
        year: r.measureYear!,
        period: financialYearLabel(r.measureYear!),
      })),
      medianDeclaredCompliance: round(rows[0]?.medianDeclaredCompliance ?? null),
      medianValue: round(rows[0]?.medianValue ?? null),
    };
  }
}
