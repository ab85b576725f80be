import { readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAME = 'nhs-whatif';

interface PackageInfo {
  /** The folder the package is installed in, which holds package.json and scenarios/. */
  readonly root: string;
  readonly version: string;
  readonly description: string;
}

let found: PackageInfo | undefined;

/**
 * This package's folder and its package.json, found from this module's own place (the built command in dist/, or the
 * source in src/cli/), so the command finds them from any working folder.
 */
export function packageInfo(): PackageInfo {
  if (found) return found;
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const json = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown; description?: unknown };
      if (json.name === NAME) {
        found = { root: folder, version: String(json.version), description: String(json.description ?? '') };
        return found;
      }
    } catch {
      // no package.json here, or not ours: look further up
    }
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`cannot find the ${NAME} package folder above ${fileURLToPath(import.meta.url)}`);
    folder = parent;
  }
}

/** The shipped baseline: as `scenarios/baseline.yaml` from the package's own folder, else by its full path. */
export function defaultScenario(): string {
  const file = join(packageInfo().root, 'scenarios', 'baseline.yaml');
  const shown = relative(process.cwd(), file);
  return shown.startsWith('..') || isAbsolute(shown) ? file : shown;
}

/** The folder the shipped scenarios are in, with every link resolved. */
function shippedFolder(): string | undefined {
  try {
    return realpathSync(join(packageInfo().root, 'scenarios'));
  } catch {
    return undefined;
  }
}

/** True for a scenario file in the package's own scenarios folder (one shipped with the command, not the user's). */
export function isShippedScenario(file: string): boolean {
  try {
    return dirname(realpathSync(file)) === shippedFolder();
  } catch {
    return false;
  }
}
