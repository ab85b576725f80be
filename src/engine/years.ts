const BASE_YEAR_PATTERN = /^(\d{4})\/(\d{2})$/;

/** Problem with a fiscal-year label such as "2015/16", or undefined when it is well formed. */
export function baseYearProblem(label: string): string | undefined {
  const match = BASE_YEAR_PATTERN.exec(label);
  if (!match) return `base year "${label}" must be a UK fiscal year like 2015/16`;
  if ((Number(match[1]) + 1) % 100 !== Number(match[2])) return `base year "${label}" must span consecutive years, e.g. 2015/16`;
  return undefined;
}

/** Labels of the projected years after `baseYear`: 2015/16 with 3 years gives 2016/17, 2017/18, 2018/19. */
export function yearLabels(baseYear: string, count: number): string[] {
  const start = Number(BASE_YEAR_PATTERN.exec(baseYear)?.[1] ?? 2015);
  return Array.from({ length: count }, (_, i) => fiscalYearLabel(start + i + 1));
}

/** The fiscal year starting in calendar year `start`: 2019 gives "2019/20". */
export const fiscalYearLabel = (start: number): string => `${start}/${String((start + 1) % 100).padStart(2, '0')}`;

/** The first calendar year of a fiscal-year label ("2019/20" gives 2019), or undefined when it is not one. */
export function fiscalYearStart(label: string): number | undefined {
  return baseYearProblem(label) === undefined ? Number(label.slice(0, 4)) : undefined;
}

/** The 0-based index of a fiscal year among the years projected after `baseYear` (t = index + 1); negative if not after it. */
export function yearIndex(baseYear: string, year: number): number {
  return year - (fiscalYearStart(baseYear) ?? 2015) - 1;
}
