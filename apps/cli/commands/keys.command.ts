import type { Command } from 'commander';
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

export function registerKeysCommand(program: Command): void {
  const keys = program.command('keys').description('API keys: create, list, revoke');
  keys
    .command('create')
    .description('make a key; it is printed once and only its hash is stored')
    .requiredOption('--name <name>', 'who holds it')
    .option('--role <role>', `${ROLES.join(' or ')}`, 'public')
    .action((options: { name: string; role: string }) => {
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
    });
  keys
    .command('list')
    .description('every key, without the keys themselves')
    .action(() =>
      withKeys(async (repository) => {
        for (const k of await repository.list()) {
          process.stdout.write(
            `${k.id}  ${k.role.padEnd(7)}  ${k.revokedAt ? 'revoked' : 'active '}  ${k.name}\n`,
          );
        }
      }),
    );
  keys
    .command('revoke')
    .argument('<id>', 'the key id from `chc keys list`')
    .action((id: string) =>
      withKeys(async (repository) => {
        if (!(await repository.revoke(id))) {
          throw new Error(`no active key has the id ${id}`);
        }
        process.stdout.write(`revoked ${id}\n`);
      }),
    );
}
