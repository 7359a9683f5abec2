import { IsNull, Not, type EntityManager, type Repository } from 'typeorm';
import { landlordNameKey } from '@ingest/outcomes/landlord-name';
import type { RegisteredProvider } from '@ingest/outcomes/registered-providers';
import { LandlordEntity } from './entities/landlord.entity';

export interface ProviderListImport {
  created: number;
  updated: number;
  /** Landlords with a registration number that the (full) list no longer has. */
  deregistered: number;
  rejected: string[];
}

/** The landlord a provider is: by registration number, else the only unnumbered one of that name. */
async function landlordFor(
  repository: Repository<LandlordEntity>,
  provider: RegisteredProvider,
): Promise<LandlordEntity | null> {
  const numbered = await repository.findOne({
    where: { registrationNumber: provider.registrationNumber },
  });
  if (numbered) {
    return numbered;
  }
  const key = landlordNameKey(provider.name);
  const unnumbered = await repository.find({ where: { registrationNumber: IsNull() } });
  const named = unnumbered.filter((l) =>
    [l.name, ...l.aliases].some((n) => landlordNameKey(n) === key),
  );
  return named.length === 1 ? named[0]! : null;
}

async function store(
  repository: Repository<LandlordEntity>,
  provider: RegisteredProvider,
): Promise<'created' | 'updated'> {
  const values = {
    name: provider.name,
    kind: provider.kind,
    registrationNumber: provider.registrationNumber,
    deregisteredOn: provider.deregisteredOn,
  };
  const existing = await landlordFor(repository, provider);
  if (!existing) {
    await repository.insert(values);
    return 'created';
  }
  // A renamed provider keeps its old name as an alias, so documents naming it still match.
  const aliases =
    existing.name !== provider.name && !existing.aliases.includes(existing.name)
      ? [...existing.aliases, existing.name]
      : existing.aliases;
  await repository.update(existing.id, { ...values, aliases });
  return 'updated';
}

/**
 * Stores the Regulator's list of registered providers: the registration number is the key
 * (a landlord already registered by name without one is adopted when exactly one has that
 * name or alias), so importing a newer list updates and never duplicates. A full list
 * (`full`, one without de-registration dates) marks every numbered landlord it no longer
 * has as de-registered on `asOf`, and clears the mark of those back on it.
 */
export async function importRegisteredProviders(
  manager: EntityManager,
  providers: readonly RegisteredProvider[],
  options: { source: string; full: boolean; asOf: string },
): Promise<ProviderListImport> {
  const repository = manager.getRepository(LandlordEntity);
  const result: ProviderListImport = { created: 0, updated: 0, deregistered: 0, rejected: [] };
  const seen = new Map<string, number>();
  for (const provider of providers) {
    const at = `${options.source}:${provider.sheet}:${provider.row}`;
    const first = seen.get(provider.registrationNumber);
    if (first !== undefined) {
      result.rejected.push(
        `${at}: registration number ${provider.registrationNumber} is already on row ${first}`,
      );
      continue;
    }
    seen.set(provider.registrationNumber, provider.row);
    try {
      result[await store(repository, provider)]++;
    } catch (error) {
      result.rejected.push(`${at}: not stored: ${(error as Error).message}`);
    }
  }
  if (options.full && seen.size > 0) {
    const gone = await repository.find({
      where: { registrationNumber: Not(IsNull()), deregisteredOn: IsNull() },
    });
    for (const landlord of gone.filter((l) => !seen.has(l.registrationNumber!))) {
      await repository.update(landlord.id, { deregisteredOn: options.asOf });
      result.deregistered++;
    }
  }
  return result;
}
