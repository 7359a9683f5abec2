import { promises as fs } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import lockfile from 'proper-lockfile';
import { DatabaseError, DatabaseErrorCode } from './db.errors';
import {
  currentOwner,
  describeOwner,
  ownerAlive,
  readOwner,
  writeOwner,
  type DataFolderOwner,
} from './data-folder-owner';

/** The owner touches its lock this often, so a silent lock is an abandoned one. */
const UPDATE_MS = 5_000;
/** A lock whose owner is running is never taken over, however long it has been quiet. */
const OWNER_ALIVE_STALE_MS = 24 * 3600_000;
/** A lock whose owner has died: taken over once it has been quiet this long. */
const OWNER_DEAD_STALE_MS = 2_000;
/** A lock whose owner never wrote its name: taken over once its owner missed two touches. */
const OWNER_UNKNOWN_STALE_MS = 2 * UPDATE_MS;
/** How long a lock taken a moment ago gets to name its owner. */
const OWNER_NAME_WAIT_MS = 2_000;

export interface DataFolderLock {
  release(): Promise<void>;
}

function isLocked(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ELOCKED';
}

function busy(folder: string, owner: DataFolderOwner | null): DatabaseError {
  // A running API takes documents itself: the way to add some without stopping it.
  const serving = owner && /^chc (serve|demo)\b/.test(owner.command);
  return new DatabaseError(
    DatabaseErrorCode.DataFolderBusy,
    `the data folder ${folder} is in use by ${owner ? describeOwner(owner) : 'another process'}. ` +
      'An embedded database has one owner at a time: stop that process first, ' +
      'or set DATABASE_URL to a PostgreSQL server that several processes can share' +
      (serving ? '; while it runs, upload documents to its API (POST /api/documents)' : ''),
  );
}

/**
 * Makes this process the one owner of an embedded database folder, before anything opens
 * it: a second PGlite on the same files corrupts them. A running owner is never displaced
 * (the caller gets a DataFolderBusy error naming it); a lock left by a process that died is
 * taken over. The lock goes on `release()` or when the process exits (also on a signal).
 */
export async function lockDataFolder(folder: string): Promise<DataFolderLock> {
  const lockPath = `${folder}.lock`;
  const ownerPath = `${folder}.owner.json`;
  const take = async (stale: number) => {
    const release = await lockfile.lock(folder, {
      lockfilePath: lockPath,
      realpath: false,
      stale,
      update: UPDATE_MS,
      onCompromised: (error) => {
        // Another process took the folder: stop before two of them write it.
        throw new DatabaseError(
          DatabaseErrorCode.DataFolderLockLost,
          `lost the lock on ${folder} (${error.message}): stopping so that no two processes write it`,
        );
      },
    });
    await writeOwner(ownerPath, currentOwner());
    return {
      async release() {
        await fs.rm(ownerPath, { force: true });
        await release();
      },
    };
  };

  try {
    return await take(OWNER_ALIVE_STALE_MS);
  } catch (error) {
    if (!isLocked(error)) {
      throw error;
    }
  }
  const owner = await readOwner(ownerPath, OWNER_NAME_WAIT_MS);
  if (!owner) {
    try {
      return await take(OWNER_UNKNOWN_STALE_MS);
    } catch (error) {
      throw isLocked(error) ? busy(folder, null) : error;
    }
  }
  // The owner died without releasing (kill -9, a crash): its lock lapses once it has been
  // quiet a moment. Whoever takes it first wins; the owner is read again before each try
  // so that a new, live owner is never displaced.
  const deadline = Date.now() + OWNER_DEAD_STALE_MS + 2 * UPDATE_MS;
  for (let current: DataFolderOwner | null = owner; ;) {
    if (!current || current.pid !== owner.pid || ownerAlive(current)) {
      throw busy(folder, current);
    }
    try {
      return await take(OWNER_DEAD_STALE_MS);
    } catch (error) {
      if (!isLocked(error) || Date.now() > deadline) {
        throw isLocked(error) ? busy(folder, current) : error;
      }
    }
    await sleep(250);
    current = await readOwner(ownerPath, OWNER_NAME_WAIT_MS);
  }
}
