import { Text, type TextProps } from 'ink';

type RunStyle = Pick<TextProps, 'color' | 'bold' | 'dimColor' | 'inverse'>;

/** One line of a picture (chart, heat map, waterfall): its runs of text, each in the style its run asks for. */
export function StyledLine<Run extends { readonly text: string }>({
  runs,
  styleOf,
}: {
  readonly runs: readonly Run[];
  readonly styleOf: (run: Run) => RunStyle;
}) {
  return (
    <Text wrap="truncate">
      {runs.map((run, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a run is identified by its place in the line
        <Text key={i} {...styleOf(run)}>
          {run.text}
        </Text>
      ))}
    </Text>
  );
}
