import type { Report } from '../tables/table.js';
import type { FlagValues } from './flags.js';

/** What a command found, for main to deliver in the format asked for. */
export interface Outcome {
  readonly report: Report;
  /** 0 when all went well; 1 when a scenario file has problems or a cell fails (the report is still delivered). */
  readonly exitCode: 0 | 1;
  /** Lines for stderr whatever the format: the problems `check` finds, how a --set value was read. */
  readonly messages?: readonly string[];
  /** Files the command writes besides its output (a scenario `solve --save` derives, a workbook), each whole or not at all. */
  readonly files?: readonly ({ readonly path: string; readonly text: string } | { readonly path: string; readonly bytes: Uint8Array })[];
}

export interface CommandRequest {
  /** The scenario files named after the command. */
  readonly files: readonly string[];
  readonly flags: FlagValues;
}

/** A command's code, loaded only when the command runs. Throws ScenarioError (exit 1) or UsageError (exit 2). */
export interface CommandModule {
  readonly run: (request: CommandRequest) => Outcome | Promise<Outcome>;
}
