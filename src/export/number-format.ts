import type { Unit } from '../engine/types.js';

/** How a spreadsheet shows a number in a unit: £bn with two decimals, percentages of fractions, whole years. */
export const NUMBER_FORMATS: Readonly<Record<Unit, string>> = {
  '£bn': '"£"0.00"bn"',
  percent: '0.00%',
  years: '0',
  number: 'General',
};

/** A change in a unit, with its sign: +£1.20bn, -0.50 pp for a share (a difference of fractions shown in points). */
export const CHANGE_FORMATS: Readonly<Record<Unit, string>> = {
  '£bn': '+"£"0.00"bn";-"£"0.00"bn";"£"0.00"bn"',
  percent: '+0.00" pp";-0.00" pp";0.00" pp"',
  years: '+0;-0;0',
  number: '+General;-General;General',
};

/** A relative change given as a fraction: +5.2%. */
export const RELATIVE_CHANGE_FORMAT = '+0.0%;-0.0%;0.0%';
