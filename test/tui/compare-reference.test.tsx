import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDifference, formatNumber } from '../../src/engine/index.js';
import { headerLines } from '../../src/tui/screens/compare/header-lines.js';
import { compareLayout } from '../../src/tui/screens/compare/layout.js';
import { scenariosListed } from '../../src/tui/screens/picker/effects.js';
import { scenarioFile } from '../../src/tui/screens/picker/scenario-files.js';
import { initialState, reducer } from '../../src/tui/state/reducer.js';
import type { State } from '../../src/tui/state/types.js';
import { cumulativePrivate } from './brief-figures.js';
import { BASELINE, baseline, press, SCENARIOS, select } from './helpers.js';
import { CTRL_U, closeApps, ENTER, open, pick, screenHas, show, type, until } from './ink-helpers.js';

afterEach(closeApps);

/** Growth implied by the later figures, in %: £9.7bn at 7.2% in 2019/20, four years on from 2015/16. */
const impliedGrowth = () => ((9.7 / 0.072 / (8.7 / 0.076)) ** 0.25 - 1) * 100;

const listedFiles = (names: readonly string[]) => names.map((name) => scenarioFile(join(SCENARIOS, name), BASELINE, name));

/** The baseline edited to 3.5% growth, compared with the baseline as saved. */
function comparedWithSaved(): State {
  const edited = press(select(initialState(baseline()), 'budget_growth'), ['enter'], ['ctrl-u'], '3.5%', ['enter']);
  const picking = reducer(press(edited, 'c'), { type: 'result', apply: (s) => scenariosListed(s, listedFiles(['baseline.yaml', 'higher-growth.yaml'])) });
  return press(picking, ' ', ['enter']);
}

const rowOf = (state: State, label: string) => {
  const shown = (state.screens.compare.changedOnly ? state.screens.compare.table?.changed : state.screens.compare.table?.rows) ?? [];
  return shown.find((row) => row.label === label)?.row;
};

const lineStarting = (frame: string, label: string) => frame.split('\n').find((line) => line.slice(2).startsWith(`${label} `)) ?? '';

describe('the reference of a comparison', () => {
  it('is the scenario being edited at first; r makes the next one the reference, so its changes read the right way', () => {
    const state = comparedWithSaved();
    expect(state.screens.compare.table?.formatted.scenarios).toEqual(['Baseline (current, unsaved)', 'Baseline (as saved)']);
    // 3.5% against the file's 2%: the edit reads backwards, as a fall.
    expect(rowOf(state, 'budget_growth')).toMatchObject({ values: ['3.50%', '2.00%'], differences: [{ absolute: '-1.50 pp' }] });
    const swapped = press(state, 'r');
    expect(swapped.screens.compare.reference).toBe(1);
    expect(swapped.screens.compare.table?.formatted.scenarios).toEqual(['Baseline (as saved)', 'Baseline (current, unsaved)']);
    expect(rowOf(swapped, 'budget_growth')).toMatchObject({ values: ['2.00%', '3.50%'], differences: [{ absolute: '+1.50 pp' }] });
    const [low, high] = [cumulativePrivate(0.02), cumulativePrivate(0.035)];
    expect(rowOf(swapped, 'cumulative_extra_to_private')).toMatchObject({
      values: [formatNumber(low, '£bn'), formatNumber(high, '£bn')],
      differences: [{ absolute: formatDifference(high - low, '£bn'), relative: `+${(((high - low) / low) * 100).toFixed(1)}%` }],
    });
    expect(swapped.message).toEqual({ tone: 'note', text: 'changes are now against Baseline (as saved)' });
    // Round the scenarios and back: r twice with two, R the other way.
    expect(press(swapped, 'r').screens.compare.reference).toBe(0);
    expect(press(swapped, 'R').screens.compare.reference).toBe(0);
  });

  it('stays the reference when other files are chosen, while it is among them', () => {
    const swapped = press(comparedWithSaved(), 'r');
    const repicked = reducer(press(swapped, 'p'), { type: 'result', apply: (s) => scenariosListed(s, listedFiles(['baseline.yaml', 'higher-growth.yaml'])) });
    const again = press(repicked, 'j', ' ', ['enter']);
    expect(again.screens.compare.table?.formatted.scenarios).toEqual(['Baseline (as saved)', 'Baseline (current, unsaved)', 'Higher growth']);
    expect(rowOf(again, 'budget_growth')?.differences.map((difference) => difference.absolute)).toEqual(['+1.50 pp', '+1.60 pp']);
  });

  it('is shown first on screen, with the changes against it; R returns to the scenario being edited', async () => {
    const app = open(120, 40, 'higher-growth.yaml');
    await screenHas(app, 'budget_growth');
    await type(app, 'jjj', ENTER, CTRL_U, '3.5%', ENTER);
    await screenHas(app, 'budget_growth = 3.50%');
    await type(app, 'c');
    await screenHas(app, 'baseline.yaml');
    await pick(app, 'baseline.yaml');
    await type(app, ENTER);
    let frame = await screenHas(app, 'Compare: Higher growth (current, unsaved) vs Baseline');
    expect(lineStarting(frame, 'budget_growth')).toMatch(/3\.50% +2\.00% +-1\.50 pp ▼/);
    await type(app, 'r');
    frame = await screenHas(app, 'Compare: Baseline vs Higher growth (current, unsaved)');
    expect(lineStarting(frame, 'budget_growth')).toMatch(/2\.00% +3\.50% +\+1\.50 pp ▲/);
    const [low, high] = [cumulativePrivate(0.02), cumulativePrivate(0.035)];
    expect(lineStarting(frame, 'cumulative_extra_to_private')).toContain(`${formatNumber(low, '£bn')}`);
    expect(lineStarting(frame, 'cumulative_extra_to_private')).toMatch(new RegExp(`${formatNumber(high, '£bn').replace('.', '\\.')} +\\+£[\\d.]+bn ▲`));
    expect(frame.replace(/\s+/g, ' ')).toContain('Changes against Baseline (r: another reference)');
    await type(app, 'R');
    await screenHas(app, 'Compare: Higher growth (current, unsaved) vs Baseline');
  });
});

describe('changed rows only', () => {
  it('f leaves out the rows where every scenario shows the same, and brings them back', () => {
    const state = comparedWithSaved();
    const all = state.screens.compare.table?.rows.map((row) => row.label) ?? [];
    const only = press(state, 'f');
    const changed = only.screens.compare.table?.changed.map((row) => row.label) ?? [];
    expect(only.screens.compare.changedOnly).toBe(true);
    // Only budget_growth was edited: the file's inputs other than it, and the base-year total, are the same.
    for (const same of ['private_spend_base', 'private_share_base', 'marginal_private_share', 'horizon_years', 'total_budget_base']) {
      expect(all).toContain(same);
      expect(changed).not.toContain(same);
    }
    expect(changed).toEqual(
      all.filter((label) => !['private_spend_base', 'private_share_base', 'marginal_private_share', 'horizon_years', 'total_budget_base'].includes(label)),
    );
    expect(only.message?.text).toBe(`only the ${changed.length} of ${all.length} rows that differ`);
    expect(press(only, 'f').screens.compare.changedOnly).toBe(false);
  });

  it('says so when no row differs, and the keys still work with nothing listed', () => {
    const picking = reducer(press(initialState(baseline()), 'c'), { type: 'result', apply: (s) => scenariosListed(s, listedFiles(['baseline.yaml'])) });
    const same = press(picking, ' ', ['enter'], 'f');
    expect(same.screens.compare.table?.changed).toEqual([]);
    expect(same.message?.text).toBe('no row differs from the reference; f shows every row');
    const moved = press(same, 'jjG', ['pagedown'], 'k');
    expect(moved.screens.compare.selected).toBe(0);
    expect(press(moved, 'f').screens.compare.table?.rows[press(moved, 'f').screens.compare.selected]?.label).toBe('private_spend_base');
  });

  it('keeps the selected row when it still shows, and the next one that does when it does not', () => {
    const state = comparedWithSaved();
    const onGrowth = press(state, 'jjj');
    expect(onGrowth.screens.compare.table?.rows[onGrowth.screens.compare.selected]?.label).toBe('budget_growth');
    const only = press(onGrowth, 'f');
    expect(only.screens.compare.table?.changed[only.screens.compare.selected]?.label).toBe('budget_growth');
    const onSame = press(state, 'jjjj'); // horizon_years: the same in both
    const next = press(onSame, 'f');
    expect(next.screens.compare.table?.changed[next.screens.compare.selected]?.label).toBe('budget 2020/21');
  });

  it('shows on screen only what differs, with a note saying so', async () => {
    const app = open(120, 40);
    await screenHas(app, 'budget_growth');
    await type(app, 'jjj', '+', '+');
    await type(app, 'c');
    await screenHas(app, 'baseline.yaml');
    await pick(app, 'baseline.yaml');
    await type(app, ENTER);
    let frame = await screenHas(app, 'Compare: Baseline (current, unsaved) vs Baseline (as saved)');
    expect(lineStarting(frame, 'private_spend_base')).toContain('±£0.00bn');
    await type(app, 'f');
    frame = await until(app, (f) => !f.includes('private_spend_base'), 'unchanged rows to go');
    expect(lineStarting(frame, 'budget_growth')).toMatch(/3\.00% +2\.00% +-1\.00 pp ▼/);
    expect(lineStarting(frame, 'cumulative_extra_to_private')).toMatch(/£28\.39bn +£18\.67bn +-£9\.71bn ▼/);
    expect(frame).not.toContain('±');
    // 19 rows (series as their final year and total); the five cells budget_growth does not reach are the same.
    expect(frame.replace(/\s+/g, ' ')).toContain('Only the 14 of 19 rows that differ (f: every row).');
    await type(app, 'f');
    await screenHas(app, 'private_spend_base');
  });
});

describe('the comparison on a 120-column terminal', () => {
  it('fits two other scenarios beside the one being edited, each header broken between words', async () => {
    // Tall enough for every row: what-happened.yaml's observed values add two rows each.
    const app = open(120, 80);
    await screenHas(app, 'budget_growth');
    await type(app, 'jjj', '+');
    await type(app, 'c');
    await screenHas(app, 'what-happened.yaml');
    await pick(app, 'higher-growth.yaml');
    await pick(app, 'what-happened.yaml');
    await type(app, ENTER);
    const frame = await screenHas(app, 'Compare: Baseline (current, unsaved) vs Higher growth vs What happened to 2019/20');
    const row = lineStarting(frame, 'cumulative_extra_to_private');
    // The edited baseline (2.5%), higher growth (3.6%), and both changes against it.
    expect(row).toContain(formatNumber(cumulativePrivate(0.025), '£bn'));
    expect(row).toContain(formatNumber(cumulativePrivate(0.036), '£bn'));
    // What happened projects four years, so its cumulative figure is shown but not subtracted.
    expect(row.match(/[▲▼]/g)).toHaveLength(1);
    const implied = impliedGrowth();
    const growthRow = lineStarting(frame, 'budget_growth');
    expect(growthRow).toMatch(
      new RegExp(
        `2\\.50% +3\\.60% +\\+1\\.10 pp ▲ +\\+44\\.0% +${implied.toFixed(2).replace('.', '\\.')}% +\\+${(implied - 2.5).toFixed(2).replace('.', '\\.')} pp ▲`,
      ),
    );
    const header = frame.split('\n').slice(2, 4).join('\n');
    // Nothing hidden: no ←n n→ hint.
    expect(header).not.toMatch(/[→←]/);
    for (const word of ['Baseline', '(current,', 'unsaved)', 'Higher', 'growth', 'What', 'happened', '2019/20']) expect(header).toContain(word);
    expect(header).not.toContain('…');
    // Each name sits over its own values, its lines right-aligned with them.
    const [upper = '', lower = ''] = header.split('\n');
    const endOf = (line: string, text: string) => line.indexOf(text) + text.length;
    expect(endOf(upper, 'What happened')).toBe(endOf(lower, 'to 2019/20'));
    expect(endOf(upper, 'Baseline (current,')).toBe(endOf(lower, 'unsaved)'));
    const growthLine = lineStarting(frame, 'budget_growth');
    expect(endOf(lower, 'to 2019/20')).toBe(endOf(growthLine, `${impliedGrowth().toFixed(2)}%`));
    expect(endOf(lower, 'unsaved)')).toBe(endOf(growthLine, '2.50%'));
    for (const line of frame.split('\n')) expect([...line].length).toBeLessThanOrEqual(120);
  });

  it('shortens a name that does not fit after its last whole word, never inside one', async () => {
    const app = open(80, 24);
    writeFileSync(join(app.dir, 'scenarios', 'campaign-20pc.yaml'), 'extends: baseline.yaml\ninputs:\n  marginal_private_share: 0.2\n');
    const campaign = show(join(app.dir, 'scenarios', 'campaign-20pc.yaml'), { columns: 80, rows: 24 });
    await screenHas(campaign, 'budget_growth');
    await type(campaign, 'jjj', '+', 'c');
    await screenHas(campaign, 'higher-growth.yaml');
    await pick(campaign, 'higher-growth.yaml');
    await type(campaign, ENTER);
    const frame = await screenHas(campaign, 'Compare: campaign-20pc (current, unsaved) vs Higher growth');
    const header = frame.split('\n').slice(2, 4);
    expect(header.join(' ')).toMatch(/campaign-20pc/);
    for (const line of header) expect(line).not.toMatch(/\w…/);
  });

  it('breaks headers between words and after hyphens, and marks a shortened one with …', () => {
    expect(headerLines('campaign-20pc (current, unsaved)', 13)).toEqual(['campaign-20pc', '(current,…']);
    expect(headerLines('campaign-20pc (current, unsaved)', 18)).toEqual(['campaign-20pc', '(current, unsaved)']);
    expect(headerLines('campaign-20pc (current, unsaved)', 10, 3)).toEqual(['campaign-', '20pc', '(current,…']);
    expect(headerLines('What happened to 2019/20', 14)).toEqual(['What happened', 'to 2019/20']);
    expect(headerLines('Higher growth', 20)).toEqual(['Higher growth']);
    // A single word wider than the column is the only thing cut.
    expect(headerLines('Supercalifragilistic', 10)).toEqual(['Supercali…']);
    // A last line of one word that just fits, with more of the name after it, still says it is shortened.
    expect(headerLines('Capacity-constrained NHS', 11)).toEqual(['Capacity-', 'constraine…']);
  });

  it('puts a name on more header lines rather than shorten it on fewer', () => {
    const layout = compareLayout(120, 40, {
      labels: ['cumulative_extra_to_private'],
      scenarios: ['Baseline', 'Capacity-constrained NHS'],
      values: [9, 9],
      change: 9,
      percent: 6,
    });
    expect(layout.headers[1]).toEqual(['Capacity-', 'constrained NHS']);
  });

  it('lays out two compared scenarios at 120 columns with the baseline’s labels whole', () => {
    const labels = ['cumulative_extra_to_private', 'extra_to_private total', 'private_share 2020/21'];
    const layout = compareLayout(120, 40, {
      labels,
      scenarios: ['Baseline (current, unsaved)', 'Higher growth', 'What happened to 2019/20'],
      values: [9, 9, 9],
      change: 9,
      percent: 6,
    });
    expect(layout.groups).toBe(2);
    expect(layout.labelWidth).toBe(27);
    expect(layout.headers.flat().some((line) => line.includes('…'))).toBe(false);
    const width = 2 + layout.labelWidth + layout.referenceWidth + layout.groups * (layout.valueWidth + layout.changeWidth + layout.percentWidth);
    expect(width).toBeLessThanOrEqual(120);
  });
});
