import { describe, expect, it } from 'vitest';
import { ABSENT, compareScenarios, ERROR, type FormattedRow, formatComparison } from '../../src/analysis/index.js';
import { BASELINE, evaluated, fixture } from './scenarios.js';

const rowLabelled = (rows: readonly FormattedRow[], label: string): FormattedRow => rows.find((row) => row.label === label)!;

describe('formatComparison', () => {
  it('formats values in £bn and %, differences in £bn and percentage points', () => {
    const formatted = formatComparison(compareScenarios(evaluated(BASELINE, 'scenarios/higher-growth.yaml')));
    expect(formatted.scenarios).toEqual(['Baseline', 'Higher growth']);
    expect(rowLabelled(formatted.rows, 'cumulative_extra_to_private')).toEqual({
      label: 'cumulative_extra_to_private',
      values: ['£18.67bn', '£34.34bn'],
      differences: [{ absolute: '+£15.67bn', relative: '+83.9%' }],
    });
    expect(rowLabelled(formatted.rows, 'private_share 2020/21')).toEqual({
      label: 'private_share 2020/21',
      values: ['11.87%', '14.95%'],
      differences: [{ absolute: '+3.07 pp', relative: '+25.9%' }],
    });
    expect(formatted).toMatchObject({ errors: [], hasAbsent: false, horizonsDiffer: false });
  });

  it('marks missing cells and errors, and lists each error once', () => {
    const formatted = formatComparison(compareScenarios(evaluated(BASELINE, 'scenarios/capacity-constrained.yaml', fixture('broken-share'))));
    expect(rowLabelled(formatted.rows, 'nhs_capacity_growth')).toEqual({
      label: 'nhs_capacity_growth',
      values: [ABSENT, '£0.80bn', ABSENT],
      differences: [
        { absolute: '', relative: '' },
        { absolute: '', relative: '' },
      ],
    });
    expect(rowLabelled(formatted.rows, 'private_share 2020/21').values[2]).toBe(ERROR);
    expect(formatted.errors).toEqual(['Broken share: private_share: 2016/17: result is Infinity (division by zero or a number out of range)']);
    expect(formatted.hasAbsent).toBe(true);
    expect(formatComparison(compareScenarios(evaluated(BASELINE, fixture('short-horizon')))).horizonsDiffer).toBe(true);
  });
});
