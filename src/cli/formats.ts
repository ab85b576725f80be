export const FORMATS = ['table', 'json', 'csv', 'md'] as const;
export type Format = (typeof FORMATS)[number];

export const isFormat = (text: string): text is Format => (FORMATS as readonly string[]).includes(text);
