import { ApiKeysRepository, isRole, ROLES } from '@chc/access';
import { loadConfig } from '@chc/config';
import { openDatabase } from '@chc/db';

async function withKeys<T>(work: (keys: ApiKeysRepository) => Promise<T>): Promise<T> {
  const database = await openDatabase(loadConfig());
  try {
    return await work(new ApiKeysRepository(database.dataSource.manager));
  } finally {
    await database.close();
  }
}

export function createKey(options: { name: string; role: string }): Promise<void> {
  if (!isRole(options.role)) {
    throw new Error(`--role ${options.role}: use ${ROLES.join(' or ')}`);
  }
  const role = options.role;
  return withKeys(async (repository) => {
    const { id, key } = await repository.create(options.name, role);
    process.stdout.write(`${key}\n`);
    process.stderr.write(
      `key ${id} (${role}) for ${options.name}: keep it safe, it cannot be shown again\n`,
    );
  });
}

export function listKeys(): Promise<void> {
  return withKeys(async (repository) => {
    for (const k of await repository.list()) {
      process.stdout.write(
        `${k.id}  ${k.role.padEnd(7)}  ${k.revokedAt ? 'revoked' : 'active '}  ${k.name}\n`,
      );
    }
  });
}

export function revokeKey(id: string): Promise<void> {
  return withKeys(async (repository) => {
    if (!(await repository.revoke(id))) {
      throw new Error(`no active key has the id ${id}`);
    }
    process.stdout.write(`revoked ${id}\n`);
  });
}
