import { Box, Text } from 'ink';
import { DIRTY_MARK, SAVED_MARK, titleText } from '../title.js';

export interface TitleBarProps {
  readonly name: string;
  readonly file: string;
  readonly dirty: boolean;
  readonly width: number;
}

/** The scenario and its file, with a marker while there are unsaved changes; the marker always shows. */
export function TitleBar({ name, file, dirty, width }: TitleBarProps) {
  return (
    <Box width={width}>
      <Text bold wrap="truncate">
        {titleText(name, file, dirty, width)}
        {dirty ? <Text color="yellow">{DIRTY_MARK}</Text> : <Text dimColor>{SAVED_MARK}</Text>}
      </Text>
    </Box>
  );
}
