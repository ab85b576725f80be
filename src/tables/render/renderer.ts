import type { Report } from '../table.js';

interface RendererInfo {
  /** Shown in the help. */
  readonly summary: string;
  /** File name endings that choose this format for --output when --format is not given, e.g. `.md`. */
  readonly extensions: readonly string[];
  /**
   * Whether the failing cells are listed in the output itself (under a table); otherwise they go to stderr, so
   * that the output stays data.
   */
  readonly failuresInOutput: boolean;
}

/** A format that is text: shown on a terminal (made terminal-safe there) or written to a file as UTF-8. */
export interface TextRenderer extends RendererInfo {
  readonly binary?: false;
  readonly render: (report: Report) => string;
}

/**
 * A format that is bytes (a workbook, an image): written only to a file, never through the terminal's text writer.
 * Import a large library inside `render`, so that other commands do not load it.
 */
export interface BinaryRenderer extends RendererInfo {
  readonly binary: true;
  readonly render: (report: Report) => Promise<Uint8Array>;
}

export type Renderer = TextRenderer | BinaryRenderer;
