import { registerEnumType } from '@nestjs/graphql';

export enum ComplianceValue {
  YES = 'yes',
  NO = 'no',
  PARTIAL = 'partial',
  NOT_APPLICABLE = 'not_applicable',
  NOT_STATED = 'not_stated',
}

registerEnumType(ComplianceValue, {
  name: 'Compliance',
  description: 'The answer a landlord gave, normalised.',
  valuesMap: {
    YES: { description: 'Declared compliant.' },
    NO: { description: 'Declared not compliant.' },
    PARTIAL: { description: 'Declared partly compliant.' },
    NOT_APPLICABLE: { description: 'Declared not applicable to this landlord.' },
    NOT_STATED: { description: 'No answer could be read.' },
  },
});
