import type { EntitySubscriberInterface, InsertEvent, UpdateEvent } from 'typeorm';
import { EventSubscriber } from 'typeorm';
import { landlordNameKey } from '@ingest/outcomes/landlord-name';
import { LandlordEntity } from './entities/landlord.entity';

/** The values of an insert or update, whole entity or only the columns it sets. */
type LandlordValues = Partial<Pick<LandlordEntity, 'name' | 'aliases' | 'nameKey' | 'aliasKeys'>>;

function withKeys(values: LandlordValues | undefined): void {
  if (typeof values?.name === 'string') {
    values.nameKey = landlordNameKey(values.name);
  }
  if (Array.isArray(values?.aliases)) {
    values.aliasKeys = [...new Set(values.aliases.map(landlordNameKey).filter(Boolean))];
  }
}

/**
 * Keeps each landlord's name keys in step with its name and aliases, whichever way it is
 * written (save, insert or update, whole or in part), so matching in SQL and in code
 * uses the one rule.
 */
@EventSubscriber()
export class LandlordNameKeysSubscriber implements EntitySubscriberInterface<LandlordEntity> {
  listenTo() {
    return LandlordEntity;
  }

  beforeInsert(event: InsertEvent<LandlordEntity>): void {
    withKeys(event.entity);
  }

  beforeUpdate(event: UpdateEvent<LandlordEntity>): void {
    withKeys(event.entity);
  }
}
