import { Box, Text } from 'ink';

export interface TitleBarProps {
  readonly name: string;
  readonly file: string;
  readonly dirty: boolean;
  readonly width: number;
}

/** The scenario and its file, with a marker while there are unsaved changes. */
export function TitleBar({ name, file, dirty, width }: TitleBarProps) {
  return (
    <Box width={width}>
      <Text bold wrap="truncate">
        nhs-whatif · {name} · {file}
        {dirty ? <Text color="yellow"> [+] unsaved changes</Text> : <Text dimColor> (saved)</Text>}
      </Text>
    </Box>
  );
}
