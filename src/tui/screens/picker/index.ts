import { laidOut, type Screen } from '../../screen.js';
import { PICKER_EFFECTS, type PickerEffect } from './effects.js';
import { PICKER_KEYS } from './keys.js';
import { layOutPicker } from './layout.js';
import { openPicker } from './open.js';
import { Picker } from './Picker.js';
import { INITIAL_PICKER, keepPickerInView, type PickerSlice } from './state.js';

/** The scenario files beside the open one, to choose which to compare with it; `c` in the grid opens it. */
export const picker: Screen<PickerSlice, PickerEffect> = {
  help: { title: 'Comparing scenarios (c)' },
  initial: INITIAL_PICKER,
  bindings: PICKER_KEYS,
  entries: [
    {
      on: 'grid',
      binding: {
        command: 'picker.open',
        keys: ['c'],
        label: 'c',
        description: 'compare with other scenario files (edits are kept)',
        hint: 'compare',
        footerRank: 6,
        run: openPicker,
      },
    },
  ],
  keepInView: keepPickerInView,
  render: laidOut(layOutPicker, Picker),
  effects: PICKER_EFFECTS,
};
