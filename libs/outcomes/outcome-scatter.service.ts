import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { financialYearLabel } from '@ingest/outcomes/financial-year';
import { CacheWarmer } from '../benchmarks/cache-warmer';
import { ResultCache } from '../benchmarks/result-cache';
import type { SectorFilter } from '../benchmarks/sector-filter';
import { toLandlordObject } from '../landlords/dto/landlord.mapper';
import { SCATTER_MEASURES, ScatterClaimValue } from './dto/outcome-scatter.args';
import type { OutcomeScatterObject } from './dto/outcome-scatter.object';
import { TenureValue } from './dto/outcome-enums';
import { OutcomeScatterRepository } from './outcome-scatter.repository';

const round = (n: number | null) => (n === null ? null : Math.round(n * 10_000) / 10_000);

const TENURE_ORDER = [TenureValue.COMBINED, TenureValue.LCRA, TenureValue.LCHO];

export interface ScatterRequest {
  filter: SectorFilter;
  measure: string | null;
  tenure: TenureValue;
  claim: ScatterClaimValue;
}

/** What the overview asks for before any choice: the whole sector, the API's defaults. */
const OVERVIEW: ScatterRequest = {
  filter: {},
  measure: null,
  tenure: TenureValue.COMBINED,
  claim: ScatterClaimValue.DECLARED_COMPLIANCE,
};

/**
 * The overview's claims against outcomes: an aggregate over the sector, kept in the result
 * cache until the database announces a change (outcome tables included), and recomputed
 * with the rest of the overview after each change.
 */
@Injectable()
export class OutcomeScatterService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: ResultCache,
    private readonly warmer: CacheWarmer,
  ) {}

  onModuleInit(): void {
    this.warmer.alsoWarm(() => this.scatter(OVERVIEW));
  }

  scatter(request: ScatterRequest): Promise<OutcomeScatterObject> {
    // Keyed field by field, so the overview's precomputed answer is the one a reader asks for.
    const { filter, measure, tenure, claim } = request;
    const key = JSON.stringify(['outcomeScatter', filter, measure, tenure, claim]);
    return this.cache.get(key, () => this.compute(request));
  }

  private async compute({
    filter,
    measure,
    tenure,
    claim,
  }: ScatterRequest): Promise<OutcomeScatterObject> {
    const repository = new OutcomeScatterRepository(this.dataSource.manager);
    const figures = await repository.figuresAvailable(SCATTER_MEASURES);
    const available = SCATTER_MEASURES.filter((m) => figures.some((f) => f.measure === m));
    const shown = measure ?? available[0] ?? SCATTER_MEASURES[0];
    const rows = await repository.rows(filter, shown, tenure, claim);
    const points = rows.filter((r) => r.claim !== null && r.value !== null);
    return {
      measure: shown,
      tenure,
      claim,
      available,
      tenures: TENURE_ORDER.filter((t) =>
        figures.some((f) => f.measure === shown && f.tenure === t),
      ),
      claiming: rows.filter((r) => r.claim !== null).length,
      measured: rows.filter((r) => r.value !== null).length,
      points: points.map((r) => ({
        landlord: toLandlordObject(r),
        claim: round(r.claim)!,
        declaredCompliance: round(r.declaredCompliance),
        yes: r.yes,
        stated: r.stated,
        evidenceQuality: round(r.evidenceQuality),
        evidenced: r.evidenced,
        withText: r.withText,
        value: round(r.value)!,
        year: r.measureYear!,
        period: financialYearLabel(r.measureYear!),
      })),
      medianClaim: round(rows[0]?.medianClaim ?? null),
      medianValue: round(rows[0]?.medianValue ?? null),
    };
  }
}
