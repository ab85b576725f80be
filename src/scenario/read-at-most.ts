import { readSync } from 'node:fs';

/**
 * Reads an open file up to `limit` + 1 bytes, so that a file over the limit is seen to be over it without being
 * read whole (some files, such as those under /proc, report no size; /dev/zero never ends).
 */
export function readAtMost(descriptor: number, limit: number): Buffer {
  const buffer = Buffer.alloc(limit + 1);
  let length = 0;
  while (length < buffer.length) {
    const read = readSync(descriptor, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}
