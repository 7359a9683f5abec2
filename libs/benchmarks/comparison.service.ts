import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { compareProvisionIds, findProvision } from '@ingest/code';
import type { Compliance } from '@ingest/core';
import type { ComplianceValue } from '../assessments/dto/compliance.enum';
import { toLandlordObject } from '../landlords/dto/landlord.mapper';
import { LandlordsRepository } from '../landlords/landlords.repository';
import type { ComparisonObject } from './dto/comparison.object';
import { PeersRepository } from './peers.repository';
import { ANSWER_LABELS, evidenceLabel, tallyAnswers, tallySentence } from './plain-language';

const SNIPPET = 300;

function shorten(text: string): string {
  return text.length <= SNIPPET ? text : `${text.slice(0, SNIPPET).replace(/\s+\S*$/, '')}…`;
}

/** Landlords side by side, provision by provision, in plain words (for tenant panels). */
@Injectable()
export class ComparisonService {
  constructor(private readonly dataSource: DataSource) {}

  async compare(landlordIds: string[]): Promise<ComparisonObject> {
    const ids = [...new Set(landlordIds)];
    const manager = this.dataSource.manager;
    const [landlords, responses] = await Promise.all([
      new LandlordsRepository(manager).findByIds(ids),
      new PeersRepository(manager).currentResponses(ids),
    ]);
    const missing = ids.filter((id) => !landlords.some((l) => l.id === id));
    if (missing.length > 0) {
      throw new NotFoundException(`no landlord has the id ${missing.join(', ')}`);
    }
    const ordered = ids.map((id) => landlords.find((l) => l.id === id)!);
    const byLandlord = new Map(ids.map((id) => [id, responses.filter((r) => r.landlordId === id)]));
    const provisions = [...new Set(responses.map((r) => r.provision))].sort(compareProvisionIds);
    return {
      landlords: ordered.map((landlord) => {
        const own = byLandlord.get(landlord.id)!;
        const tally = tallyAnswers(own);
        return {
          landlord: toLandlordObject(landlord),
          assessmentId: own[0]?.assessmentId ?? null,
          meets: tally.meets,
          partlyMeets: tally.partlyMeets,
          doesNotMeet: tally.doesNotMeet,
          boilerplateRate: tally.withText > 0 ? tally.boilerplate / tally.withText : null,
          summary:
            own.length > 0
              ? tallySentence(landlord.name, tally)
              : `${landlord.name} has no published self-assessment on record.`,
        };
      }),
      provisions: provisions.map((provision) => {
        const answers = ordered.map((landlord) => {
          const r = byLandlord.get(landlord.id)!.find((x) => x.provision === provision);
          const compliance = (r?.compliance ?? 'not_stated') as Compliance;
          return {
            landlordId: landlord.id,
            responseId: r?.responseId ?? null,
            compliance: compliance as ComplianceValue,
            answerLabel: ANSWER_LABELS[compliance],
            evidenceLabel: r
              ? evidenceLabel(r.hasText, r.boilerplate, r.specificity)
              : 'No evidence given',
            evidence: r ? shorten([r.evidence, r.commentary].filter(Boolean).join(' — ')) : '',
          };
        });
        return {
          provision,
          summary: findProvision('2024', provision)?.summary ?? '',
          differs: new Set(answers.map((a) => a.compliance)).size > 1,
          answers,
        };
      }),
    };
  }
}
