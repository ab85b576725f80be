import { lstatSync, readlinkSync } from 'node:fs';

/** Where `file` points if it is a symbolic link (as written in the link); undefined for anything else. */
export function linkTarget(file: string): string | undefined {
  try {
    return lstatSync(file).isSymbolicLink() ? readlinkSync(file) : undefined;
  } catch {
    return undefined;
  }
}
