import { BUILT_COMMAND } from './bundle.js';
import { interleave } from './measure.js';
import { runNode } from './processes.js';
import { type Result, result } from './report.js';

/** The commands timed, as a user types them (`node -e 0` is Node.js starting and doing nothing). */
export const START_UP = {
  nothing: ['-e', '0'],
  run: [BUILT_COMMAND, 'run', 'scenarios/baseline.yaml'],
  version: [BUILT_COMMAND, '--version'],
} as const;

/**
 * `run` on the baseline and `--version`, each a new process with its output to /dev/null, against Node.js
 * starting and doing nothing; the three started in turn, round by round. A command that exits with an error
 * is reported as not agreeing.
 */
export function startUp(quick: boolean): Result[] {
  const codes: (number | null)[] = [];
  const commands = [START_UP.nothing, START_UP.run, START_UP.version];
  const [nothing, run, version] = interleave(
    commands.map((args) => () => {
      const exited = runNode(args);
      codes.push(exited.code);
      return exited.ms;
    }),
    () => undefined,
    { rounds: quick ? 7 : 31, warmup: 2 },
  );
  const agrees = codes.every((code) => code === 0);
  const reference = 'node -e 0';
  return [
    result('start-up: run scenarios/baseline.yaml', run!.ms, reference, nothing!.ms, run!.samples, 3, agrees),
    result('start-up: --version', version!.ms, reference, nothing!.ms, version!.samples, undefined, agrees),
  ];
}
