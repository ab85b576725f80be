import { type Instance, render } from 'ink';
import type { ReactElement } from 'react';
import { coloured, FakeStdin, FakeStdout, plain } from './fake-terminal.js';

/** A frame as Ink wrote it: its text as shown, and with its colours (escape sequences for styles kept, cursor moves dropped). */
export interface Frame {
  readonly plain: string;
  readonly coloured: string;
}

/** A screen rendered by Ink into a fake terminal, with keys typed into it. */
export interface Screen {
  /** Types `key` and resolves with the milliseconds until a frame for which `shows` is true is written, and that frame. */
  press(key: string, shows: (frame: Frame) => boolean): Promise<{ ms: number; frame: Frame }>;
  /** Types `key` and resolves with the milliseconds until each of the frames, in turn, for which `steps` are true is written, and those frames. */
  pressThrough(key: string, steps: readonly ((frame: Frame) => boolean)[]): Promise<{ ms: number; frame: Frame }[]>;
  /** Resolves once a frame for which `shows` is true has been written (or was the last one). */
  until(shows: (frame: Frame) => boolean): Promise<Frame>;
  close(): void;
}

const TIMEOUT_MS = 10_000;

/**
 * Ink keys typed faster than it draws are drawn in one frame, so keys are typed more than its frame
 * interval apart (33 ms at its default 30 frames a second), as a person's typing is.
 */
export const KEY_GAP_MS = 40;

/** Renders as the command does (throttled to Ink's default frame rate, not debug mode) into a fake terminal. */
export function renderScreen(element: ReactElement, columns: number, rows: number): Screen {
  const stdout = new FakeStdout(columns, rows);
  const stdin = new FakeStdin();
  const stderr = new FakeStdout(columns, rows);
  let last: Frame = { plain: '', coloured: '' };
  let waiting: { shows: (frame: Frame) => boolean; resolve: (frame: Frame, at: number) => void } | undefined;
  stdout.onWrite = (chunk, at) => {
    const frame = { plain: plain(chunk), coloured: coloured(chunk) };
    if (frame.plain.trim() === '') return;
    last = frame;
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
  const wait = (shows: (frame: Frame) => boolean, what: string) =>
    new Promise<{ frame: Frame; at: number }>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting = undefined;
        reject(new Error(`no frame showed ${what} within ${TIMEOUT_MS} ms; the last frame was:\n${last.plain}`));
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
      const written = wait(shows, `the effect of ${JSON.stringify(key)}`);
      const start = performance.now();
      stdin.write(key);
      const { frame, at } = await written;
      return { ms: at - start, frame };
    },
    async pressThrough(key, steps) {
      const reached: { ms: number; frame: Frame }[] = [];
      const start = performance.now();
      let written = wait(steps[0]!, `the effect of ${JSON.stringify(key)}`);
      stdin.write(key);
      for (let k = 0; k < steps.length; k++) {
        const { frame, at } = await written;
        reached.push({ ms: at - start, frame });
        const next = steps[k + 1];
        if (!next) break;
        // The frame just written may already show the next step.
        written = next(frame) ? Promise.resolve({ frame, at }) : wait(next, `step ${k + 2} of ${JSON.stringify(key)}`);
      }
      return reached;
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

/** The lines of a frame (a frame that does not fill the terminal ends with a line break, which starts no line). */
export const linesOf = (text: string): string[] => text.replace(/\n$/, '').split('\n');
