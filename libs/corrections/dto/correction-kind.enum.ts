import { registerEnumType } from '@nestjs/graphql';

export enum CorrectionKindValue {
  COMPLIANCE = 'compliance',
  EVIDENCE = 'evidence',
  COMMENTARY = 'commentary',
  PROVISION_ADDED = 'provision_added',
  PROVISION_REMOVED = 'provision_removed',
  LANDLORD = 'landlord',
  PERIOD = 'period',
  YEAR = 'year',
  CONFIRMED = 'confirmed',
}

registerEnumType(CorrectionKindValue, {
  name: 'CorrectionKind',
  description: 'What an analyst corrected, or that they confirmed a response as read.',
  valuesMap: {
    COMPLIANCE: { description: 'A response’s answer.' },
    EVIDENCE: { description: 'A response’s evidence (the evidence/commentary split).' },
    COMMENTARY: { description: 'A response’s commentary (the evidence/commentary split).' },
    PROVISION_ADDED: { description: 'A provision the extractor missed or merged, added.' },
    PROVISION_REMOVED: { description: 'A row the extractor made wrongly, removed.' },
    LANDLORD: { description: 'Whose assessment it is.' },
    PERIOD: { description: 'The period the assessment covers, as text.' },
    YEAR: { description: 'The assessment year.' },
    CONFIRMED: { description: 'A response checked and found read right (nothing changed).' },
  },
});

export enum CorrectionStatusValue {
  ACTIVE = 'active',
  UNDONE = 'undone',
  DROPPED = 'dropped',
}

registerEnumType(CorrectionStatusValue, {
  name: 'CorrectionStatus',
  description: 'Whether a correction is in force.',
  valuesMap: {
    ACTIVE: { description: 'In force: its value is the one stored and counted.' },
    UNDONE: { description: 'Undone by an analyst: the value before it was restored.' },
    DROPPED: {
      description:
        'Dropped when a new version of the document no longer had the value it corrected.',
    },
  },
});
