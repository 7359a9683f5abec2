import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../graphql/connection';
import { Node } from '../../graphql/node.interface';
import { LandlordKindValue } from './landlord-kind.enum';
import { SizeBandValue } from './size-band.enum';

@ObjectType('Landlord', {
  description: 'A social landlord in the registry.',
  implements: () => [Node],
})
export class LandlordObject {
  @Field(() => ID, { description: 'Its id (a UUID), also its global Node id.' })
  id!: string;

  @Field({ description: 'Its registered name.' })
  name!: string;

  @Field(() => [String], { description: 'Other names it goes by.' })
  aliases!: string[];

  @Field(() => LandlordKindValue, { description: 'What kind of landlord it is.' })
  kind!: LandlordKindValue;

  @Field(() => String, { nullable: true, description: 'Its region of England, where known.' })
  region!: string | null;

  @Field(() => Int, { nullable: true, description: 'Homes owned, where known.' })
  homes!: number | null;

  @Field(() => SizeBandValue, { nullable: true, description: 'Its size, from homes owned.' })
  sizeBand!: SizeBandValue | null;

  @Field(() => String, { nullable: true, description: 'Its website, where crawls look.' })
  website!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Registration number with the Regulator of Social Housing, where known.',
  })
  registrationNumber!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Date it left the Regulator’s list (YYYY-MM-DD); null while registered.',
  })
  deregisteredOn!: string | null;
}

@ObjectType({ description: 'A page of landlords.' })
export class LandlordConnection extends ConnectionType(LandlordObject, 'Landlord') {}
