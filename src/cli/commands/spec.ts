import type { Flag } from '../flags.js';
import type { CommandModule } from '../outcome.js';

/** What the command line knows of a command before loading it: enough to check its arguments and write the help. */
export interface CommandSpec {
  /** As the help shows it after `nhs-whatif`, e.g. `run FILE [--set name=value]…`. */
  readonly usage: string;
  readonly summary: string;
  /** How many scenario files it takes; `tooMany` says what to do instead when it takes fewer than given. */
  readonly files: { readonly min: 1 | 2; readonly max?: number; readonly tooMany?: (files: readonly string[]) => string };
  /** The flags it takes, besides --help and --version. */
  readonly flags: Readonly<Record<string, Flag>>;
  /** Command lines its help shows as examples, after `$ `. */
  readonly examples?: readonly string[];
  /** Why it refuses a flag other commands take, where naming those commands is not enough. */
  readonly refusals?: Readonly<Record<string, string>>;
  /** Whether its --output names a folder it writes its files into (a report and its charts) rather than a file for its output. */
  readonly outputFolder?: boolean;
  /** Its code, imported only when it runs (so `--version` does not load the engine, and no command loads the UI). */
  readonly load: () => Promise<CommandModule>;
}
