import type { FindingOutcome } from './ombudsman-outcome';

/** One Ombudsman finding, or one Complaint Handling Failure Order, as published. */
export interface OutcomeEvent {
  sheet: string;
  row: number;
  /** Financial year, by the calendar year it starts in. */
  year: number;
  /** 1–4, April–June being 1: orders only. */
  quarter: number | null;
  landlordName: string;
  landlordNameKey: string;
  landlordType: string | null;
  caseId: string | null;
  decidedOn: string | null;
  category: string | null;
  outcome: FindingOutcome | null;
}

/** Landlord-name column wordings in the Ombudsman's tables. */
export const LANDLORD_NAME = ['landlord name', 'landlord', 'organisation name', 'member name'];
