import { registerEnumType } from '@nestjs/graphql';

export enum OutcomeSourceValue {
  TSM = 'tsm',
  OMBUDSMAN = 'ombudsman',
  CHFO = 'chfo',
}

registerEnumType(OutcomeSourceValue, {
  name: 'OutcomeSource',
  description:
    'Tenant Satisfaction Measures (Regulator of Social Housing), Housing Ombudsman findings, or Complaint Handling Failure Orders.',
});

export enum TenureValue {
  LCRA = 'lcra',
  LCHO = 'lcho',
  COMBINED = 'combined',
}

registerEnumType(TenureValue, {
  name: 'Tenure',
  description: 'Low cost rental, low cost home ownership, or both together.',
});
