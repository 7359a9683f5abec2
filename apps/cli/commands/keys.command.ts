import type { Command } from 'commander';
import { ROLES } from '@chc/access/role';

export function registerKeysCommand(program: Command): void {
  const keys = program.command('keys').description('API keys: create, list, revoke');
  keys
    .command('create')
    .description('make a key; it is printed once and only its hash is stored')
    .requiredOption('--name <name>', 'who holds it')
    .option('--role <role>', `${ROLES.join(' or ')}`, 'public')
    .action(async (options: { name: string; role: string }) =>
      (await import('./keys.run.js')).createKey(options),
    );
  keys
    .command('list')
    .description('every key, without the keys themselves')
    .action(async () => (await import('./keys.run.js')).listKeys());
  keys
    .command('revoke')
    .argument('<id>', 'the key id from `chc keys list`')
    .action(async (id: string) => (await import('./keys.run.js')).revokeKey(id));
}
