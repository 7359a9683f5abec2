import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { ApiKeyEntity } from './entities/api-key.entity';
import type { Role } from './role';

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

/**
 * API keys, stored as SHA-256 hashes. Keys are 32 random bytes, so a fast hash is enough:
 * nothing can be guessed from it (a slow password hash is for low-entropy secrets).
 */
export class ApiKeysRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Makes a key and returns it: the only time it is ever seen in full. */
  async create(name: string, role: Role): Promise<{ id: string; key: string }> {
    const key = `chc_${randomBytes(32).toString('base64url')}`;
    const inserted = await this.manager
      .getRepository(ApiKeyEntity)
      .insert({ name, role, keyHash: hashKey(key), revokedAt: null });
    return { id: inserted.identifiers[0]!.id as string, key };
  }

  findActive(key: string): Promise<ApiKeyEntity | null> {
    return this.manager
      .getRepository(ApiKeyEntity)
      .findOne({ where: { keyHash: hashKey(key), revokedAt: IsNull() } });
  }

  list(): Promise<ApiKeyEntity[]> {
    return this.manager.getRepository(ApiKeyEntity).find({ order: { createdAt: 'ASC' } });
  }

  /** True when a key with that id was active and is now revoked. */
  async revoke(id: string): Promise<boolean> {
    const result = await this.manager
      .getRepository(ApiKeyEntity)
      .update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }
}
