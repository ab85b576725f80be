import { EventEmitter } from 'node:events';

/** A terminal's output side as Ink sees it: a TTY of a fixed size that keeps what is written. */
export class FakeStdout extends EventEmitter {
  readonly isTTY = true;
  /** Called with every chunk written, and the time it was written. */
  onWrite: (chunk: string, at: number) => void = () => {};
  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    super();
  }
  write = (chunk: string | Uint8Array): boolean => {
    this.onWrite(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'), performance.now());
    return true;
  };
}

/** A terminal's input side in raw mode: what is written is read by Ink as typed keys. */
export class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  private data: string | null = null;
  write(data: string): void {
    this.data = data;
    this.emit('readable');
  }
  read = (): string | null => {
    const { data } = this;
    this.data = null;
    return data;
  };
  setEncoding(): this {
    return this;
  }
  setRawMode(): this {
    return this;
  }
  resume(): this {
    return this;
  }
  pause(): this {
    return this;
  }
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }
}

const ANSI = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007]*\u0007|[@-Z\\-_])/g;
const STYLE = /^\u001B\[[\d;:]*m$/;

/** Text without any escape sequences: what the screen shows, without colours. */
export const plain = (text: string): string => text.replace(ANSI, '');

/** Text with its colours and styles but without cursor moves and erasing: the lines of a frame as written. */
export const coloured = (text: string): string => text.replace(ANSI, (sequence) => (STYLE.test(sequence) ? sequence : ''));
