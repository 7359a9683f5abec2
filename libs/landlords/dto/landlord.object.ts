import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../graphql/connection';
import { LandlordKindValue } from './landlord-kind.enum';
import { SizeBandValue } from './size-band.enum';

@ObjectType('Landlord', { description: 'A social landlord in the registry.' })
export class LandlordObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => [String], { description: 'Other names it goes by.' })
  aliases!: string[];

  @Field(() => LandlordKindValue)
  kind!: LandlordKindValue;

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field(() => Int, { nullable: true, description: 'Homes owned, where known.' })
  homes!: number | null;

  @Field(() => SizeBandValue, { nullable: true })
  sizeBand!: SizeBandValue | null;

  @Field(() => String, { nullable: true })
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

@ObjectType()
export class LandlordConnection extends ConnectionType(LandlordObject) {}
