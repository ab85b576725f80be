import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeApps, ENTER, open, screenHas, type, until } from './ink-helpers.js';

afterEach(closeApps);

describe('adding a file to the comparison by its path', () => {
  it('keeps the prompt open with the path and the reason when the file does not load, and lists no failed row', async () => {
    const app = open();
    const wrong = join(app.dir, 'scenarios', 'higher-grwth.yaml');
    await screenHas(app, 'budget_growth');
    await type(app, 'c');
    await screenHas(app, 'higher-growth.yaml');
    await type(app, 'o', wrong, ENTER);
    let frame = await screenHas(app, 'not added:');
    expect(frame).toContain(`open file (path): ${wrong}`);
    expect(frame.replace(/\s+/g, ' ')).toContain(`cannot read ${wrong}: no such file; check the path`);
    // The typed path is kept: correct it where it went wrong.
    await type(app, ...Array.from({ length: 'wth.yaml'.length }, () => '\u007F'), 'owth.yaml', ENTER);
    frame = await screenHas(app, 'added ');
    expect(frame).not.toContain('higher-grwth');
    expect(frame.split('\n').filter((line) => /^(› | {2}) ! /.test(line))).toEqual([]);
    await type(app, ENTER);
    frame = await screenHas(app, 'Compare: Baseline vs Higher growth');
  });

  it('says why a file that is not a valid scenario was not added, and Esc drops the prompt', async () => {
    const app = open();
    const broken = join(app.dir, 'broken.yaml');
    writeFileSync(broken, 'name: Broken\ninputs:\n  x: [1\n');
    await screenHas(app, 'budget_growth');
    await type(app, 'c');
    await screenHas(app, 'higher-growth.yaml');
    await type(app, 'o', broken, ENTER);
    const frame = await screenHas(app, 'not added:');
    expect(frame.replace(/\s+/g, ' ')).toContain(`not added: ${broken}:4:1: Flow sequence in block collection must be sufficiently indented and end with a ]`);
    await type(app, '\u001B');
    await until(app, (f) => !f.includes('open file (path)'), 'the prompt to close');
    expect(app.lastFrame()).not.toContain('broken.yaml');
  });
});
