import { DOMParser } from '@xmldom/xmldom';

/** An SVG parsed by a real XML parser that refuses anything malformed, even what it would only warn about. */
export function parsedSvg(text: string) {
  const document = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(text, 'image/svg+xml');
  const root = document.documentElement;
  if (root?.tagName !== 'svg' || root.namespaceURI !== 'http://www.w3.org/2000/svg') throw new Error('not an SVG document');
  return root;
}

/** The elements of a tag, as a list. */
export const elements = (root: ReturnType<typeof parsedSvg>, tag: string) => Array.from(root.getElementsByTagName(tag));

/** Every text shown, in order. */
export const texts = (root: ReturnType<typeof parsedSvg>): string[] => elements(root, 'text').map((each) => each.textContent ?? '');
