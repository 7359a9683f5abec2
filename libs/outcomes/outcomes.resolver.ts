import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../access/require-role.decorator';
import { Loaders, RequestLoaders } from '../graphql/request-loaders';
import { LandlordLoaders } from '../landlords/landlord.loaders';
import { toLandlordObject } from '../landlords/dto/landlord.mapper';
import { LandlordObject } from '../landlords/dto/landlord.object';
import { ClaimsFlagsService } from './claims-flags.service';
import { ClaimsFilterInput } from './dto/claims-filter.input';
import { ClaimsFlagObject } from './dto/claims-flag.object';
import { LinkNameArgs } from './dto/link-name.args';
import { OutcomeSourceValue } from './dto/outcome-enums';
import { toClaimsFlagObject } from './dto/outcome.mapper';
import { NameLinkObject, UnmatchedNameObject } from './dto/unmatched-name.object';
import { OutcomesService } from './outcomes.service';

@Resolver(() => ClaimsFlagObject)
export class OutcomesResolver {
  constructor(
    private readonly flags: ClaimsFlagsService,
    private readonly outcomes: OutcomesService,
  ) {}

  @Query(() => [ClaimsFlagObject], {
    description:
      'Claims in landlords’ current self-assessments that their published outcomes put in doubt, each with its figures and rule (all of the sector without a filter).',
  })
  async claimsVsOutcomes(
    @Args('filter', {
      type: () => ClaimsFilterInput,
      nullable: true,
      description: 'Which landlords, provisions and measures; all flags without it.',
    })
    filter: ClaimsFilterInput | null,
  ): Promise<Omit<ClaimsFlagObject, 'landlord'>[]> {
    return (await this.flags.flags(filter ?? {})).map(toClaimsFlagObject);
  }

  @ResolveField(() => LandlordObject)
  async landlord(
    @Parent() flag: ClaimsFlagObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<LandlordObject> {
    const landlord = await loaders.get(LandlordLoaders).landlord.load(flag.landlordId);
    return toLandlordObject(landlord!);
  }

  @Query(() => [UnmatchedNameObject], {
    description: 'Names in the outcome sources that match no landlord, for review.',
  })
  unmatchedOutcomeNames(
    @Args('source', {
      type: () => OutcomeSourceValue,
      nullable: true,
      description: 'One source; every source without it.',
    })
    source: OutcomeSourceValue | null,
  ): Promise<UnmatchedNameObject[]> {
    return this.outcomes.unmatchedNames(source) as Promise<UnmatchedNameObject[]>;
  }

  @RequireRole('analyst')
  @Mutation(() => NameLinkObject, {
    description:
      'Links a name in the outcome sources (any spelling with the same letters) to a landlord, a subsidiary to its group too (analysts).',
  })
  async linkOutcomeName(@Args() { name, landlordId }: LinkNameArgs): Promise<NameLinkObject> {
    const linked = await this.outcomes.linkName(name.trim(), landlordId);
    return {
      name: name.trim(),
      landlord: toLandlordObject(linked.landlord),
      rowsLinked: linked.rowsLinked,
    };
  }
}
