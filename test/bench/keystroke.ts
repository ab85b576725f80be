import { type Instance, render } from 'ink';
import type { ReactElement } from 'react';
import { FakeStdin, FakeStdout, plain } from './fake-terminal.js';
import { median } from './measure.js';

/** A screen rendered by Ink into a fake terminal, with keys typed into it. */
export interface Screen {
  /** Types `key` and resolves with the milliseconds until a frame for which `shows` is true is written. */
  press(key: string, shows: (frame: string) => boolean): Promise<number>;
  /** Resolves once a frame for which `shows` is true has been written (or was the last one). */
  until(shows: (frame: string) => boolean): Promise<string>;
  close(): void;
}

const TIMEOUT_MS = 5000;

/** Renders as the command does (throttled to Ink's default frame rate, not debug mode) into a fake terminal. */
export function renderScreen(element: ReactElement, columns: number, rows: number): Screen {
  const stdout = new FakeStdout(columns, rows);
  const stdin = new FakeStdin();
  const stderr = new FakeStdout(columns, rows);
  let last = '';
  let waiting: { shows: (frame: string) => boolean; resolve: (frame: string, at: number) => void } | undefined;
  stdout.onWrite = (chunk, at) => {
    const frame = plain(chunk);
    if (frame.trim() !== '') last = frame;
    if (waiting?.shows(frame)) {
      const { resolve } = waiting;
      waiting = undefined;
      resolve(frame, at);
    }
  };
  const instance: Instance = render(element, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  const wait = (shows: (frame: string) => boolean, what: string) =>
    new Promise<{ frame: string; at: number }>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting = undefined;
        reject(new Error(`no frame showed ${what} within ${TIMEOUT_MS} ms; the last frame was:\n${last}`));
      }, TIMEOUT_MS);
      waiting = {
        shows,
        resolve: (frame, at) => {
          clearTimeout(timer);
          resolve({ frame, at });
        },
      };
    });
  return {
    async press(key, shows) {
      const frame = wait(shows, `the effect of ${JSON.stringify(key)}`);
      const start = performance.now();
      stdin.write(key);
      const { at } = await frame;
      return at - start;
    },
    async until(shows) {
      if (shows(last)) return last;
      return (await wait(shows, 'the expected text')).frame;
    },
    close() {
      instance.unmount();
      instance.cleanup();
    },
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Median milliseconds from a key to the frame showing its effect. Keys are spaced by more than
 * Ink's frame interval (33 ms at its default 30 fps), as a person's typing is.
 */
export async function medianKeystrokeMs(
  press: (i: number) => Promise<number>,
  { warmup = 10, samples = 101, gapMs = 40 } = {},
): Promise<{ ms: number; samples: number }> {
  const times: number[] = [];
  for (let i = 0; i < warmup + samples; i++) {
    await pause(gapMs);
    const ms = await press(i);
    if (i >= warmup) times.push(ms);
  }
  return { ms: median(times), samples };
}
