import { parse } from 'csv-parse/sync';
import type { EntityManager } from 'typeorm';
import { LandlordEntity, type LandlordKind } from './entities/landlord.entity';

export interface RegistryImport {
  created: number;
  updated: number;
  /** Rows that could not be used, each with its line and reason. */
  rejected: string[];
}

const KINDS: Record<string, LandlordKind> = {
  'housing association': 'housing_association',
  housing_association: 'housing_association',
  ha: 'housing_association',
  'private registered provider': 'housing_association',
  'local authority': 'local_authority',
  local_authority: 'local_authority',
  council: 'local_authority',
  la: 'local_authority',
  almo: 'almo',
  other: 'other',
};

export function websiteHostOf(website: string): string | null {
  try {
    // With its port, if any: two sites on one machine are two hosts.
    return new URL(/^https?:\/\//i.test(website) ? website : `https://${website}`).host
      .replace(/^www\./, '')
      .toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Imports or updates landlords from a CSV with a header row (name, website, kind, region,
 * homes; also aliases separated by ";", and any *_id columns kept as registration ids).
 * A row is matched to an existing landlord by name; nothing is guessed.
 */
export async function importLandlords(
  manager: EntityManager,
  csv: string,
): Promise<RegistryImport> {
  const rows = parse<Record<string, string>>(csv, {
    columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
    skip_empty_lines: true,
    trim: true,
    bom: true,
    relax_column_count: true,
  });
  const repository = manager.getRepository(LandlordEntity);
  const result: RegistryImport = { created: 0, updated: 0, rejected: [] };
  for (const [index, row] of rows.entries()) {
    const line = index + 2;
    const name = row.name?.trim();
    if (!name) {
      result.rejected.push(`line ${line}: no name`);
      continue;
    }
    const homes = row.homes ? Number(row.homes.replace(/[, ]/g, '')) : null;
    if (homes !== null && !Number.isFinite(homes)) {
      result.rejected.push(`line ${line}: homes "${row.homes}" is not a number`);
      continue;
    }
    const kind = row.kind ? KINDS[row.kind.trim().toLowerCase()] : undefined;
    if (row.kind && !kind) {
      result.rejected.push(
        `line ${line}: kind "${row.kind}" is not housing association, local authority, ALMO or other`,
      );
      continue;
    }
    const registrationIds = Object.fromEntries(
      Object.entries(row).filter(([k, v]) => k.endsWith('_id') && v),
    );
    const values = {
      name,
      kind: kind ?? 'other',
      website: row.website || null,
      websiteHost: row.website ? websiteHostOf(row.website) : null,
      region: row.region || null,
      homes,
      aliases: (row.aliases ?? '')
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean),
      registrationIds,
    };
    const existing = await repository.findOne({ where: { name } });
    if (existing) {
      await repository.update(existing.id, values);
      result.updated++;
    } else {
      await repository.insert(values);
      result.created++;
    }
  }
  return result;
}
