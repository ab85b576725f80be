import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface TerminalSize {
  readonly columns: number;
  readonly rows: number;
}

/** The terminal's size, updated when it is resized. */
export function useTerminalSize(fallback: TerminalSize = { columns: 80, rows: 24 }): TerminalSize {
  const { stdout } = useStdout();
  const { columns, rows } = fallback;
  const [size, setSize] = useState((): TerminalSize => ({ columns: stdout.columns || columns, rows: stdout.rows || rows }));
  useEffect(() => {
    const onResize = () => setSize({ columns: stdout.columns || columns, rows: stdout.rows || rows });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, columns, rows]);
  return size;
}
