import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { lockDataFolder } from './data-folder-lock';
import { DatabaseErrorCode } from './db.errors';

describe(lockDataFolder.name, () => {
  let root: string;
  let folder: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'chc-lock-'));
    folder = path.join(root, 'pglite');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('should refuse a second owner while the first holds the folder, naming it', async () => {
    const lock = await lockDataFolder(folder);
    await expect(lockDataFolder(folder)).rejects.toMatchObject({
      code: DatabaseErrorCode.DataFolderBusy,
      message: expect.stringContaining(`in use by pid ${process.pid} (`) as string,
    });
    await lock.release();
    await (await lockDataFolder(folder)).release();
  });

  it('should take over a lock whose owner died without releasing it', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    mkdirSync(`${folder}.lock`);
    const quietSince = new Date(Date.now() - 5_000);
    utimesSync(`${folder}.lock`, quietSince, quietSince);
    writeFileSync(
      `${folder}.owner.json`,
      JSON.stringify({ pid: dead, host: hostname(), command: 'chc ingest', since: '' }),
    );
    const lock = await lockDataFolder(folder);
    const owner = JSON.parse(readFileSync(`${folder}.owner.json`, 'utf8')) as { pid: number };
    expect(owner.pid).toBe(process.pid);
    await lock.release();
  });
});
