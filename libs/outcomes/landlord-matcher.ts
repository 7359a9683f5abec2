import { landlordNameKey } from '@ingest/outcomes/landlord-name';

export interface MatchableLandlord {
  id: string;
  name: string;
  aliases: string[];
  registrationNumber: string | null;
}

/** How outcome rows find their landlord: code, then an analyst's link, then one name. */
export interface LandlordMatcher {
  match(name: string, code: string | null): string | null;
}

/**
 * Matches by registration number (the TSM's landlord code), else by a name an analyst
 * linked, else by the name or an alias when exactly one landlord has it: never a guess,
 * so a name two landlords share stays unmatched for review.
 */
export function landlordMatcher(
  landlords: readonly MatchableLandlord[],
  links: ReadonlyMap<string, string>,
): LandlordMatcher {
  const byCode = new Map<string, string>();
  const byName = new Map<string, Set<string>>();
  for (const landlord of landlords) {
    if (landlord.registrationNumber) {
      byCode.set(landlord.registrationNumber.toUpperCase(), landlord.id);
    }
    for (const name of [landlord.name, ...landlord.aliases]) {
      const key = landlordNameKey(name);
      byName.set(key, (byName.get(key) ?? new Set()).add(landlord.id));
    }
  }
  return {
    match(name, code) {
      const key = landlordNameKey(name);
      const named = byName.get(key);
      return (
        (code ? byCode.get(code.toUpperCase()) : undefined) ??
        links.get(key) ??
        (named?.size === 1 ? [...named][0]! : null)
      );
    },
  };
}
