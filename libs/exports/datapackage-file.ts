import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DataPackageError, dataPackageWith, type DataPackageResource } from './datapackage';

async function existingDescriptor(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DataPackageError(`${file}: it is not JSON, so it cannot be updated`);
  }
}

/**
 * Writes the export's resource into `datapackage.json` in the same folder, keeping the
 * resources other exports put there, so one folder of exports is one data package.
 * Resolves to the descriptor's path.
 */
export async function writeDataPackageBeside(
  exportFile: string,
  resource: DataPackageResource,
): Promise<string> {
  const file = path.join(path.dirname(exportFile), 'datapackage.json');
  const existing = await existingDescriptor(file);
  let descriptor;
  try {
    descriptor = dataPackageWith(resource, existing);
  } catch (error) {
    throw error instanceof DataPackageError
      ? new DataPackageError(`${file}: ${error.message}`)
      : error;
  }
  await fs.writeFile(file, `${JSON.stringify(descriptor, null, 2)}\n`);
  return file;
}
