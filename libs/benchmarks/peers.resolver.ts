import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { provisionsOf, sectionsOf } from '@ingest/code';
import type { CodeEdition } from '@ingest/core';
import { ComparisonService } from './comparison.service';
import { CodeProvisionObject } from './dto/code-provision.object';
import { CompareArgs, ComparisonObject } from './dto/comparison.object';
import { PeerGroupValue, ScorecardObject } from './dto/scorecard.object';
import { ScorecardService } from './scorecard.service';
import { BadRequestException } from '@nestjs/common';

@Resolver()
export class PeersResolver {
  constructor(
    private readonly scorecards: ScorecardService,
    private readonly comparisons: ComparisonService,
  ) {}

  @Query(() => ScorecardObject, {
    nullable: true,
    description:
      'A landlord’s current assessment against its peers, provision by provision (null when it has none).',
  })
  scorecard(
    @Args('landlordId', { type: () => ID }, ParseUUIDPipe) landlordId: string,
    @Args('peers', { type: () => PeerGroupValue, defaultValue: PeerGroupValue.SIMILAR })
    peers: PeerGroupValue,
    @Args('year', { type: () => Int, nullable: true }) year: number | null,
  ): Promise<ScorecardObject | null> {
    return this.scorecards.scorecard(landlordId, peers, year ? [year] : null);
  }

  @Query(() => ComparisonObject, {
    description: 'Landlords side by side, provision by provision, in plain language.',
  })
  compareLandlords(@Args() { landlordIds }: CompareArgs): Promise<ComparisonObject> {
    return this.comparisons.compare(landlordIds);
  }

  @Query(() => [CodeProvisionObject], { description: 'The Code’s provisions, in order.' })
  codeProvisions(
    @Args('edition', { defaultValue: '2024' }) edition: string,
  ): CodeProvisionObject[] {
    if (edition !== '2024' && edition !== '2022') {
      throw new BadRequestException('edition must be "2024" or "2022"');
    }
    const sections = sectionsOf(edition);
    return provisionsOf(edition as CodeEdition).map((p) => ({
      id: p.id,
      edition,
      section: p.section,
      sectionTitle: sections.find((s) => s.number === p.section)?.title ?? '',
      summary: p.summary,
      id2024: p.id2024,
    }));
  }
}
