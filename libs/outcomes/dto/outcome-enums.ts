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
  valuesMap: {
    TSM: {
      description: 'Tenant Satisfaction Measures, published by the Regulator of Social Housing.',
    },
    OMBUDSMAN: { description: 'Housing Ombudsman decisions (findings by outcome).' },
    CHFO: { description: 'Complaint Handling Failure Orders issued by the Housing Ombudsman.' },
  },
});

export enum TenureValue {
  LCRA = 'lcra',
  LCHO = 'lcho',
  COMBINED = 'combined',
}

registerEnumType(TenureValue, {
  name: 'Tenure',
  description: 'Low cost rental, low cost home ownership, or both together.',
  valuesMap: {
    LCRA: { description: 'Low cost rental accommodation.' },
    LCHO: { description: 'Low cost home ownership.' },
    COMBINED: {
      description: 'Both tenures together, or a figure published for the landlord as a whole.',
    },
  },
});
