import { showControls } from '../engine/index.js';
import { clip } from './layout.js';
import { textWidth } from './wrap.js';

export const DIRTY_MARK = ' [+] unsaved changes';
export const SAVED_MARK = ' (saved)';

/** The file as the title can show it: in full, as its folder and name ("…/scenarios/baseline.yaml"), or its name. */
function fileForms(file: string): string[] {
  const parts = file.split('/').filter((part) => part !== '');
  const base = parts.at(-1) ?? file;
  const forms = [file];
  if (parts.length > 2) forms.push(`…/${parts.slice(-2).join('/')}`);
  if (parts.length > 1) forms.push(base);
  return forms;
}

/**
 * The title's text before its saved/unsaved mark, as long as fits beside the mark: the path is shortened first,
 * then the program's name goes, and only then is the scenario's name cut. The mark is never cut.
 */
export function titleText(rawName: string, file: string, dirty: boolean, width: number): string {
  const name = showControls(rawName);
  const room = width - textWidth(dirty ? DIRTY_MARK : SAVED_MARK);
  // A file's name, and a scenario name taken from it, may hold control characters: they are shown escaped.
  const forms = fileForms(showControls(file));
  const candidates = [...forms.map((form) => `nhs-whatif · ${name} · ${form}`), `${name} · ${forms.at(-1)}`];
  const fitting = candidates.find((text) => textWidth(text) <= room);
  return fitting ?? clip(candidates.at(-1)!, Math.max(1, room));
}
