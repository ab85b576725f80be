import { describe, expect, it } from 'vitest';
import { MAX_TICKS, tickLabel, valueAxis } from '../../src/charts/ticks.js';

const labels = (axis: ReturnType<typeof valueAxis>) => axis.ticks.map((tick) => tick.label);

/** Every tick is a whole number of steps, the steps are equal, and the axis holds every value given. */
function expectRoundAndHolding(axis: ReturnType<typeof valueAxis>, low: number, high: number, maxTicks: number) {
  expect(axis.ticks.length).toBeGreaterThanOrEqual(1);
  expect(axis.ticks.length).toBeLessThanOrEqual(Math.max(2, Math.min(MAX_TICKS, maxTicks)));
  expect(axis.min).toBeLessThanOrEqual(low);
  expect(axis.max).toBeGreaterThanOrEqual(high);
  for (const tick of axis.ticks) {
    expect(tick.value).toBeGreaterThanOrEqual(axis.min - 1e-12);
    expect(tick.value).toBeLessThanOrEqual(axis.max + 1e-12);
  }
  const steps = axis.ticks.slice(1).map((tick, i) => tick.value - axis.ticks[i]!.value);
  for (const step of steps) expect(step).toBeCloseTo(steps[0]!, 12);
}

describe('y axis ticks', () => {
  it('gives £bn ticks in whole, round billions from zero: the baseline’s cumulative extra money to private providers', () => {
    // 0 to £18.67bn, padded by 5% of the spread (to £19.60bn, and not below zero): £5bn steps from £0bn to £20bn.
    const axis = valueAxis(0, 18.67, '£bn', 5);
    expect(labels(axis)).toEqual(['£0bn', '£5bn', '£10bn', '£15bn', '£20bn']);
    expect([axis.min, axis.max]).toEqual([0, 20]);
    expectRoundAndHolding(axis, 0, 18.67, 5);
  });

  it('labels percentages in percent, never as fractions: the baseline’s private share, 8.49% to 11.87%', () => {
    // Padded: 8.32% to 12.04%. With up to 8 ticks, 1-point steps from 8% to 13% (0.5 would need 10).
    const tall = valueAxis(0.0849, 0.1187, 'percent', 8);
    expect(labels(tall)).toEqual(['8%', '9%', '10%', '11%', '12%', '13%']);
    expect(tall.ticks.map((tick) => tick.value)).toEqual([0.08, 0.09, 0.1, 0.11, 0.12, 0.13]);
    // With up to 3: 2 points would need 4 ticks (8% to 14%); 2.5 points need 3 (7.5% to 12.5%).
    const three = valueAxis(0.0849, 0.1187, 'percent', 3);
    expect(labels(three)).toEqual(['7.5%', '10.0%', '12.5%']);
    // With only 2 (a plot two rows tall), 0% to 20% would leave 20 − 3.72 points of it empty: the axis keeps the
    // padded ends, 8.321% to 12.039%, and shows the round ticks between them.
    const two = valueAxis(0.0849, 0.1187, 'percent', 2);
    expect(labels(two)).toEqual(['10%', '12%']);
    expect(two.min).toBeCloseTo(0.08321, 12);
    expect(two.max).toBeCloseTo(0.12039, 12);
    for (const axis of [tall, three, two]) {
      for (const label of labels(axis)) expect(label).toMatch(/^\d+(\.\d)?%$/);
    }
  });

  it('uses steps of 2.5 with one decimal where they fit best, and keeps every label exact', () => {
    // 0 to 9.5, padded to 9.975: 2.5-point steps, 0% to 10%, 5 ticks.
    const axis = valueAxis(0, 0.095, 'percent', 5);
    expect(labels(axis)).toEqual(['0.0%', '2.5%', '5.0%', '7.5%', '10.0%']);
    // 0.1% to 0.19%, padded to 0.0955%–0.1945%: 0.02 points would need 7 ticks, 0.025 need 6.
    expect(labels(valueAxis(0.001, 0.0019, 'percent', 6))).toEqual(['0.075%', '0.100%', '0.125%', '0.150%', '0.175%', '0.200%']);
  });

  it('spans zero for negative values, with a £0bn tick and minus signs before the £', () => {
    // Padded to -£3.4bn–£5.4bn: £2.5bn steps need 6 ticks, £5bn steps would run from -£5bn to £10bn (6.2 of 15 used),
    // so the axis keeps its padded ends and the £2bn ticks between them.
    const axis = valueAxis(-3, 5, '£bn', 5);
    expect(labels(axis)).toEqual(['-£2bn', '£0bn', '£2bn', '£4bn']);
    expect(axis.min).toBeCloseTo(-3.4, 12);
    expect(axis.max).toBeCloseTo(5.4, 12);
    expectRoundAndHolding(axis, -3, 5, 5);
    // Padding never takes negative values above zero.
    const below = valueAxis(-5, -1, '£bn', 5);
    expect(below.max).toBeLessThanOrEqual(0);
    expectRoundAndHolding(below, -5, -1, 5);
  });

  it('gives a flat series room either side, and a series of zeros a range around zero', () => {
    // The average split's share stays at 7.6%: a tenth of it either side, 6.84% to 8.36%, in 0.5-point steps.
    const flat = valueAxis(0.076, 0.076, 'percent', 5);
    expectRoundAndHolding(flat, 0.076, 0.076, 5);
    expect(labels(flat)).toEqual(['6.5%', '7.0%', '7.5%', '8.0%', '8.5%']);
    const zeros = valueAxis(0, 0, '£bn', 3);
    expect(labels(zeros)).toEqual(['-£1bn', '£0bn', '£1bn']);
  });

  it('keeps to 2 to 8 ticks whatever is asked, and copes with no values and with huge ones', () => {
    expect(valueAxis(0, 100, 'number', 1).ticks.length).toBeLessThanOrEqual(2);
    expect(valueAxis(0, 100, 'number', 50).ticks.length).toBeLessThanOrEqual(MAX_TICKS);
    expect(labels(valueAxis(Number.NaN, Number.NaN, 'number', 3))).toEqual(['0.0', '0.5', '1.0']);
    const huge = valueAxis(0, 3e12, 'number', 4);
    expect(labels(huge)).toEqual(['0', '2e12', '4e12']);
    expectRoundAndHolding(huge, 0, 3e12, 4);
    const extreme = valueAxis(-1e308, 1e308, 'number', 4);
    expect(extreme.min).toBeLessThanOrEqual(-1e308);
    expect(extreme.max).toBeGreaterThanOrEqual(1e308);
  });

  it('writes tick labels in the unit as people read them', () => {
    expect(tickLabel(-2.5, '£bn', 1)).toBe('-£2.5bn');
    expect(tickLabel(-0, '£bn', 0)).toBe('£0bn');
    expect(tickLabel(12.5, 'percent', 1)).toBe('12.5%');
    expect(tickLabel(5, 'years', 0)).toBe('5');
    expect(tickLabel(1.5e12, 'number', 0)).toBe('1.5e12');
    expect(tickLabel(0.00002, 'number', 5)).toBe('2e-5');
  });
});
