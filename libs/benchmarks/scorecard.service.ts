import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { compareProvisionIds, findProvision } from '@ingest/code';
import type { Compliance } from '@ingest/core';
import { AssessmentReadsRepository } from '../assessments/assessment-reads.repository';
import { toAssessmentObject } from '../assessments/dto/assessment.mapper';
import type { ComplianceValue } from '../assessments/dto/compliance.enum';
import { toLandlordObject } from '../landlords/dto/landlord.mapper';
import { LandlordsRepository } from '../landlords/landlords.repository';
import type { PeerGroupValue, ScorecardObject } from './dto/scorecard.object';
import { peerFilter } from './peer-filter';
import { PeersRepository } from './peers.repository';
import { ResultCache } from './result-cache';
import { sectionShares } from './scorecard-sections';
import { ANSWER_LABELS, evidenceLabel, tallyAnswers, tallySentence } from './plain-language';

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** A landlord's answers beside its peers'. */
@Injectable()
export class ScorecardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: ResultCache,
  ) {}

  scorecard(
    landlordId: string,
    group: PeerGroupValue,
    years: number[] | null,
  ): Promise<ScorecardObject | null> {
    return this.cache.get(JSON.stringify(['scorecard', landlordId, group, years]), () =>
      this.compute(landlordId, group, years),
    );
  }

  private async compute(
    landlordId: string,
    group: PeerGroupValue,
    years: number[] | null,
  ): Promise<ScorecardObject | null> {
    const manager = this.dataSource.manager;
    const landlord = await new LandlordsRepository(manager).findById(landlordId);
    if (!landlord) {
      return null; // A lookup by an unknown id is null, as everywhere (docs/api.md).
    }
    const reads = new AssessmentReadsRepository(manager);
    const [current] = await reads.currentAssessmentIds([landlordId], years);
    if (!current) {
      return null;
    }
    const { filter, description } = peerFilter(landlord, group);
    const [rows, [assessment]] = await Promise.all([
      new PeersRepository(manager).scorecard(current.id, landlordId, { ...filter, years }),
      reads.assessments([current.id]),
    ]);
    rows.sort((a, b) => compareProvisionIds(a.provision, b.provision));
    const tally = tallyAnswers(rows);
    const peerAnswers = rows.reduce((s, r) => s + r.peers, 0);
    const peerBoilerplate = rows.reduce((s, r) => s + (r.peersBoilerplateRate ?? 0) * r.peers, 0);
    return {
      landlord: toLandlordObject(landlord),
      assessment: toAssessmentObject(assessment!),
      peerGroup: group,
      peerDescription: description,
      peerAssessments: Math.max(0, ...rows.map((r) => r.peers)),
      yesShare: share(tally.meets, tally.meets + tally.partlyMeets + tally.doesNotMeet),
      peersYesShare: share(
        rows.reduce((s, r) => s + r.peersYes, 0),
        peerAnswers,
      ),
      boilerplateRate: share(tally.boilerplate, tally.withText),
      peersBoilerplateRate: share(peerBoilerplate, peerAnswers),
      summary: tallySentence(landlord.name, tally),
      sections: sectionShares(rows),
      provisions: rows.map((r) => ({
        provision: r.provision,
        summary: findProvision('2024', r.provision)?.summary ?? '',
        responseId: r.responseId,
        compliance: r.compliance as ComplianceValue,
        answerLabel: ANSWER_LABELS[r.compliance as Compliance],
        boilerplate: r.boilerplate,
        specificity: r.specificity,
        evidenceLabel: evidenceLabel(r.hasText, r.boilerplate, r.specificity),
        peers: r.peers,
        peersYesShare: share(r.peersYes, r.peers),
        peersBoilerplateRate: r.peersBoilerplateRate,
        peersMedianSpecificity: r.peersMedianSpecificity,
        specificityPercentile: share(r.peersBelow, r.peers),
      })),
    };
  }
}
