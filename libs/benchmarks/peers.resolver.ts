import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { provisionsOf, sectionsOf } from '@ingest/code';
import { CodeEditionValue } from '../assessments/dto/assessment-enums';
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
    @Args('landlordId', { type: () => ID, description: 'The landlord.' }, ParseUUIDPipe)
    landlordId: string,
    @Args('peers', {
      type: () => PeerGroupValue,
      defaultValue: PeerGroupValue.SIMILAR,
      description: 'Whom to compare with.',
    })
    peers: PeerGroupValue,
    @Args('year', {
      type: () => Int,
      nullable: true,
      description: 'Peers’ assessments of this year; their current ones without it.',
    })
    year: number | null,
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
    @Args('edition', {
      type: () => CodeEditionValue,
      defaultValue: CodeEditionValue.CODE_2024,
      description: 'CODE_2024 or CODE_2022 (the 2020 Code is not catalogued).',
    })
    edition: CodeEditionValue,
  ): CodeProvisionObject[] {
    if (edition === CodeEditionValue.CODE_2020) {
      throw new BadRequestException('edition must be CODE_2024 or CODE_2022');
    }
    const sections = sectionsOf(edition);
    return provisionsOf(edition).map((p) => ({
      id: p.id,
      edition,
      section: p.section,
      sectionTitle: sections.find((s) => s.number === p.section)?.title ?? '',
      summary: p.summary,
      id2024: p.id2024,
    }));
  }
}
