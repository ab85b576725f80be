import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario, ScenarioError } from '../../src/scenario/index.js';
import { folderWith } from './helpers.js';

const MODEL = `name: Test
base_year: "2015/16"
inputs:
  spend:
    value: 8.7
    unit: £bn
    source: echo
  share:
    value: 0.076
    unit: percent
    source: echo
  horizon_years:
    value: 5
    max: 10
    source: "assumption: five years"
formulas:
  total: spend / share
  budget: total * 1.02^t
`;

const SOURCES = `sources:
  echo:
    publisher: Echo (Southend)
    date: 2016
    supports:
      spend: 8.7
      share: 0.076
  hf-ft:
    publisher: HuffPost UK
    date: 2017-03-27
    value: 0.529
`;

/** Every problem loading the files reports, as `file:line:col: message` with the folder left out. */
function problemsOf(files: Record<string, string>, file = 's.yaml'): string[] {
  const dir = folderWith(files);
  try {
    loadScenario(join(dir, file));
    return [];
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    return error.problems.map(formatProblem).map((line) => line.split(`${dir}/`).join(''));
  }
}

const load = (files: Record<string, string>, file = 's.yaml') => loadScenario(join(folderWith(files), file));

describe('source records', () => {
  it('load with their fields, the numbers they support, and where they are', () => {
    const scenario = load({ 's.yaml': MODEL + SOURCES });
    expect([...scenario.sources.keys()]).toEqual(['echo', 'hf-ft']);
    const echo = scenario.sources.get('echo')!;
    expect(echo).toMatchObject({ id: 'echo', publisher: 'Echo (Southend)', date: '2016', place: { line: 20, col: 3 } });
    expect([...echo.supports]).toEqual([
      ['spend', 8.7],
      ['share', 0.076],
    ]);
    expect(scenario.sources.get('hf-ft')).toMatchObject({ value: 0.529, date: '2017-03-27' });
  });

  it('an unknown source id is an error with the id meant', () => {
    expect(problemsOf({ 's.yaml': MODEL.replace('    source: echo\n  share', '    source: ecoh\n  share') + SOURCES })).toEqual([
      's.yaml:7:13: spend: no source record "ecoh" (did you mean "echo"?); sources are: echo, hf-ft',
    ]);
  });

  it('free text is an error saying how to write a source; an assumption without a colon is shown how to write it', () => {
    const text = MODEL.replace('    source: echo\n  share', '    source: "[Echo] seed 003.txt: £8.7bn"\n  share').replace(
      'source: "assumption: five years"',
      'source: assumption (five years, one parliament)',
    );
    expect(problemsOf({ 's.yaml': text + SOURCES })).toEqual([
      's.yaml:7:13: spend: source must name a record under sources: (echo, hf-ft) or say why the value is assumed: "assumption: why"',
      's.yaml:15:13: horizon_years: write an assumption as "assumption: why": "assumption: five years, one parliament"',
    ]);
  });

  it('a file without records says how to add one', () => {
    expect(problemsOf({ 's.yaml': MODEL.replace(/ {4}source: echo\n/g, '').replace('source: "assumption: five years"', 'source: echo') })).toEqual([
      's.yaml:13:13: horizon_years: no source record "echo": add it under sources: (publisher:, title:, date:, …), or write "assumption: why"',
    ]);
  });

  it("checks each record's fields: the publisher, a real date, an address, value or supports of inputs", () => {
    const bad = `sources:
  echo:
    publisher: Echo (Southend)
    date: 2016-02-30
    url: www.echo-news.co.uk
    value: 8.7
    supports:
      spend: 8.7
      sahre: 0.07
      total: 114
  hf-ft:
    publishr: HuffPost UK
  assumption:
    publisher: Nobody
`;
    expect(problemsOf({ 's.yaml': MODEL + bad })).toEqual([
      's.yaml:22:11: sources.echo.date: date must be YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017-03-27; 2016-02 has no day 30',
      's.yaml:23:10: sources.echo.url: url must start with https:// or http:// and hold no spaces',
      's.yaml:30:5: sources.hf-ft.publisher: publisher is missing',
      's.yaml:30:5: unknown key "publishr" (did you mean "publisher"?)',
      's.yaml:31:3: source id "assumption" is reserved for sources that say why a value is assumed',
    ]);
    const mixed = bad.replace('    date: 2016-02-30\n    url: www.echo-news.co.uk\n', '');
    expect(problemsOf({ 's.yaml': MODEL + mixed }).slice(0, 3)).toEqual([
      's.yaml:23:5: echo: give value: (the one number the source backs) or supports: (a value for each input), not both',
      's.yaml:25:7: sources.echo.supports: no input named "sahre" (did you mean "share"?)',
      's.yaml:26:7: sources.echo.supports: total is a formula: supports: names inputs; to test a formula against a source, write a check',
    ]);
  });

  it('are inherited through extends; a child may add records but not reuse an id', () => {
    const parent = MODEL + SOURCES;
    const child = "extends: parent.yaml\nname: Child\ninputs:\n  spend:\n    value: 9\n    source: kings\nsources:\n  kings:\n    publisher: The King's Fund\n";
    const scenario = load({ 'parent.yaml': parent, 'child.yaml': child }, 'child.yaml');
    expect([...scenario.sources.keys()]).toEqual(['echo', 'hf-ft', 'kings']);
    expect(scenario.cells.find((cell) => cell.name === 'spend')?.source).toBe('kings');
    const again = `${child}  echo:\n    publisher: Another\n`;
    expect(problemsOf({ 'parent.yaml': parent, 'child.yaml': again }, 'child.yaml')).toEqual([
      'child.yaml:10:3: "echo" is already a source in parent.yaml; give this record another id',
    ]);
  });
});

const CHECKS = `checks:
  share_claim:
    claim: £8.7bn was 7.6 per cent of total spending
    source: echo
    formula: abs(spend / total - 0.076) < 0.0005
    note: the model takes the total from these figures
`;

describe('checks', () => {
  it('load in order with their claim, source, formula, note and place', () => {
    const scenario = load({ 's.yaml': MODEL + SOURCES + CHECKS });
    expect(scenario.checks).toEqual([
      {
        name: 'share_claim',
        claim: '£8.7bn was 7.6 per cent of total spending',
        source: 'echo',
        formula: 'abs(spend / total - 0.076) < 0.0005',
        note: 'the model takes the total from these figures',
        place: { file: expect.stringMatching(/s\.yaml$/), line: 34, col: 14 },
      },
    ]);
  });

  it('a formula that is not true or false is refused at its place: a check must be a comparison', () => {
    const text = CHECKS.replace('abs(spend / total - 0.076) < 0.0005', 'spend / total');
    expect(problemsOf({ 's.yaml': MODEL + SOURCES + text })).toEqual([
      's.yaml:34:14: checks.share_claim: a check must be a comparison, true when the claim holds (such as abs(marginal_private_share - 900/1700) < 0.001), or comparisons joined by and, or, not; spend / total gives a number',
    ]);
    // and, or, not of comparisons, and a choice between comparisons, are true or false.
    for (const formula of ['spend > 1 and not (share > 0.5)', 'spend > 1 or share < 0', 'spend > 5 ? share < 0.1 : share < 0.2']) {
      expect(problemsOf({ 's.yaml': MODEL + SOURCES + CHECKS.replace('abs(spend / total - 0.076) < 0.0005', `"${formula}"`) })).toEqual([]);
    }
    expect(problemsOf({ 's.yaml': MODEL + SOURCES + CHECKS.replace('abs(spend / total - 0.076) < 0.0005', 'spend > 1 and share') })[0]).toMatch(
      /a check must be a comparison/,
    );
  });

  it('an unknown name in the formula is placed at it, with the name meant; a value per year needs one year', () => {
    expect(problemsOf({ 's.yaml': MODEL + SOURCES + CHECKS.replace('spend / total', 'spnd / total') })).toEqual([
      's.yaml:34:18: checks.share_claim: unknown name "spnd" (did you mean "spend"?)',
    ]);
    expect(problemsOf({ 's.yaml': MODEL + SOURCES + CHECKS.replace('abs(spend / total - 0.076) < 0.0005', 'budget > 100') })).toEqual([
      's.yaml:34:14: checks.share_claim: budget gives one value per year; use last(budget), first(budget), at(budget, "2020/21") or sum(budget) for one number',
    ]);
  });

  it("a check's source is a known record, not an assumption", () => {
    expect(problemsOf({ 's.yaml': MODEL + SOURCES + CHECKS.replace('source: echo', 'source: ehco') })).toEqual([
      's.yaml:33:13: checks.share_claim.source: no source record "ehco" (did you mean "echo"?); sources are: echo, hf-ft',
    ]);
    expect(problemsOf({ 's.yaml': MODEL + SOURCES + CHECKS.replace('source: echo', 'source: "assumption: mine"') })).toEqual([
      "s.yaml:33:13: checks.share_claim.source: a check's source is the id of the record that makes the claim (echo, hf-ft)",
    ]);
    expect(problemsOf({ 's.yaml': MODEL + SOURCES + CHECKS.replace('    claim: £8.7bn was 7.6 per cent of total spending\n', '') })).toEqual([
      's.yaml:32:5: checks.share_claim.claim: claim is missing',
    ]);
  });

  it("are inherited; a check of the same name in the child replaces the parent's, new ones follow", () => {
    const parent = MODEL + SOURCES + CHECKS;
    const child =
      'extends: parent.yaml\nname: Child\nchecks:\n  share_claim:\n    claim: restated\n    source: echo\n    formula: spend > 0\n  other:\n    claim: another\n    source: hf-ft\n    formula: share < 1\n';
    const scenario = load({ 'parent.yaml': parent, 'child.yaml': child }, 'child.yaml');
    expect(scenario.checks.map((check) => [check.name, check.claim, check.place.file.endsWith('child.yaml')])).toEqual([
      ['share_claim', 'restated', true],
      ['other', 'another', true],
    ]);
    expect(load({ 'parent.yaml': parent, 'child.yaml': 'extends: parent.yaml\nname: Child\n' }, 'child.yaml').checks.map((check) => check.name)).toEqual([
      'share_claim',
    ]);
  });
});

const OBSERVED = `observed:
  budget:
    source: echo
    note: as reported
    values:
      "2017/18": 119.2
      "2016/17": {value: 116.9, source: hf-ft, note: just over}
`;

describe('observed values', () => {
  it('load by cell, in year order, each with its source (the default where it names none)', () => {
    const scenario = load({ 's.yaml': MODEL + SOURCES + OBSERVED });
    expect(scenario.observed.get('budget')).toEqual({
      cell: 'budget',
      note: 'as reported',
      values: [
        { year: '2016/17', value: 116.9, source: 'hf-ft', note: 'just over' },
        { year: '2017/18', value: 119.2, source: 'echo' },
      ],
    });
  });

  it('refuse an unknown cell (with the cell meant), a single value, a year outside any horizon and an unknown source', () => {
    const text = `observed:
  budgte:
    source: echo
    values: {"2016/17": 1}
  total:
    source: echo
    values: {"2016/17": 1}
  budget:
    source: eco
    values:
      "2015/16": 1
      "2026/27": 2
      "2025/26": {value: 3, source: hff-t}
      "2019-20": 4
      "2018/19": {value: 5, source: "assumption: a guess"}
`;
    expect(problemsOf({ 's.yaml': MODEL + SOURCES + text })).toEqual([
      's.yaml:31:3: observed: no cell named "budgte" (did you mean "budget"?)',
      's.yaml:34:3: observed: total is a single number, not a value for each year; observe a cell with a value per year',
      's.yaml:38:13: observed.budget: no source record "eco" (did you mean "echo"?); sources are: echo, hf-ft',
      's.yaml:40:7: observed.budget: 2015/16 is not after the base year 2015/16; observed years run from 2016/17 to 2025/26',
      's.yaml:41:7: observed.budget: 2026/27 is after the last year any horizon reaches (horizon_years is at most 10); observed years run from 2016/17 to 2025/26',
      's.yaml:42:37: observed.budget: no source record "hff-t" (did you mean "hf-ft"?); sources are: echo, hf-ft',
      's.yaml:43:7: observed.budget: "2019-20" is not a fiscal year; write it like "2019/20"',
      's.yaml:44:37: observed.budget: an observed value comes from a record under sources:, not an assumption',
    ]);
  });

  it('a value needs a source, its own or the default', () => {
    expect(problemsOf({ 's.yaml': `${MODEL}${SOURCES}observed:\n  budget:\n    values: {"2016/17": 1}\n` })).toEqual([
      's.yaml:32:14: observed.budget: 2016/17 has no source: add source: (a record id) under budget, or give the value as {value: …, source: …}',
    ]);
  });
});

describe('the deflator', () => {
  it('names a price growth rate (a percentage) or a price index by year', () => {
    const withRate = `${MODEL}${SOURCES}deflator: growth\n`.replace(
      '  horizon_years:',
      '  growth:\n    value: 0.02\n    unit: percent\n    source: "assumption: 2%"\n  horizon_years:',
    );
    expect(load({ 's.yaml': withRate }).deflator).toMatchObject({ cell: 'growth', kind: 'rate' });
    expect(load({ 's.yaml': `${MODEL}  prices: 1.02^t\n${SOURCES}deflator: prices\n` }).deflator).toMatchObject({ cell: 'prices', kind: 'index' });
  });

  it('an unknown cell, or a single value that is not a percentage, is refused', () => {
    expect(problemsOf({ 's.yaml': `${MODEL}${SOURCES}deflator: budgt\n` })).toEqual(['s.yaml:30:11: deflator: no cell named "budgt" (did you mean "budget"?)']);
    expect(problemsOf({ 's.yaml': `${MODEL}${SOURCES}deflator: spend\n` })).toEqual([
      's.yaml:30:11: deflator: spend must be an annual growth rate of prices (a single value with unit: percent) or a price index with a value for each year (1 in 2015/16); it is a single £bn value',
    ]);
  });

  it('is inherited, and a child may name another', () => {
    const parent = `${MODEL}  prices: 1.02^t\n${SOURCES}deflator: prices\n`;
    expect(load({ 'parent.yaml': parent, 'child.yaml': 'extends: parent.yaml\nname: Child\n' }, 'child.yaml').deflator?.cell).toBe('prices');
    const child = 'extends: parent.yaml\nname: Child\ndeflator: growth\ninputs:\n  growth:\n    value: 0.03\n    unit: percent\n    source: "assumption: 3%"\n';
    expect(load({ 'parent.yaml': parent, 'child.yaml': child }, 'child.yaml').deflator).toMatchObject({ cell: 'growth', kind: 'rate' });
  });
});

describe('the shipped scenarios', () => {
  const SHIPPED = ['average-split', 'baseline', 'capacity-constrained', 'higher-growth', 'real-terms', 'reverse-privatisation', 'what-happened'];
  const shipped = (name: string) => loadScenario(`scenarios/${name}.yaml`);

  it('cite a record or say why it is an assumption for every input', () => {
    for (const name of SHIPPED) {
      const scenario = shipped(name);
      for (const cell of scenario.cells.filter((each) => each.kind === 'input')) {
        const source = cell.source ?? '';
        const cited = scenario.sources.has(source) || /^assumption: \S/.test(source);
        expect(cited, `${name}: ${cell.name} has source ${JSON.stringify(cell.source)}`).toBe(true);
      }
    }
  });

  it('never name a file as a source', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    for (const file of readdirSync('scenarios')) {
      const text = readFileSync(join('scenarios', file), 'utf8');
      // The random seed of a simulation is not a seed file.
      expect(text.replace(/^simulation:\n(?: {2}\w+: \d+\n)*/m, ''), file).not.toMatch(/seed|\.txt\b|_[0-9a-f]{16}/);
    }
  });
});
