import type { EntityManager } from 'typeorm';
import { findHeaderRow } from '@ingest/outcomes/find-header';
import { isZipFile, readTables } from '@ingest/outcomes/read-tables';
import { readRegisteredProviders } from '@ingest/outcomes/registered-providers';
import { relinkUnmatched } from '../assessments/landlord-links.service';
import { importLandlords } from './landlord-registry';
import { importRegisteredProviders } from './registered-providers-import';

export interface LandlordFileImport {
  created: number;
  updated: number;
  deregistered: number;
  /** Stored documents with no landlord that the new or changed landlords now match. */
  linked: number;
  rejected: string[];
}

/**
 * A registry file of either kind: the Regulator's list of registered providers (.xlsx, or
 * CSV with a "Registration number" column) or chc-bench's own CSV (name, website, kind…).
 * `asOf` is the date a provider missing from a full Regulator's list is de-registered on.
 */
export async function importLandlordFile(
  manager: EntityManager,
  bytes: Buffer,
  source: string,
  asOf: string,
): Promise<LandlordFileImport> {
  const zipped = isZipFile(bytes);
  // A CSV the table reader refuses is left to the registry reader, which says which line.
  const tables = zipped
    ? await readTables(bytes, source)
    : await readTables(bytes, source).catch(() => []);
  const regulatorList = tables.some((t) =>
    findHeaderRow(t, [['organisation name', 'provider name', 'name'], ['registration number']]),
  );
  if (!zipped && !regulatorList) {
    return { deregistered: 0, ...(await importLandlords(manager, bytes.toString('utf8'), source)) };
  }
  const list = readRegisteredProviders(tables, source);
  const stored = await importRegisteredProviders(manager, list.providers, {
    source,
    full: !list.deregistrationList,
    asOf,
  });
  const problems = list.problems.map((p) => `${source}:${p.sheet}:${p.row}: ${p.reason}`);
  const linked = stored.created + stored.updated > 0 ? await relinkUnmatched(manager) : 0;
  return { ...stored, linked, rejected: [...problems, ...stored.rejected] };
}
