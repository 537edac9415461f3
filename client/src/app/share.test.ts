import { describe, expect, it } from 'vitest';
import { initialState } from '../ui/store';
import { indexNearest, readShared, sharedSearch } from './share';

describe('shared links', () => {
  it('reads a house, a size and the household’s answers; ignores what is invalid', () => {
    expect(readShared('?b=42&kwp=2.58&heating=electric&occupants=4&battery_kwh=0&collector_m2=4&lang=en')).toEqual({
      building: 42,
      kwp: 2.58,
      inputs: { heating: 'electric', occupants: 4, battery_kwh: 0, collector_m2: 4 },
    });
    expect(readShared('?b=abc&kwp=-1&heating=coal&occupants=2.5&battery_kwh=1000&collector_m2=0')).toEqual({
      building: null,
      kwp: null,
      inputs: {},
    });
  });

  it('writes the selected house with its answers, keeping the other parameters', () => {
    const state = initialState();
    const selected = {
      ...state,
      selection: { ...state.selection, id: 7 },
      pv: { ...state.pv, inputs: { ...state.pv.inputs, battery_kwh: 10 } },
    };
    const search = sharedSearch(selected, '?lang=en&b=3&kwp=1');
    const back = new URLSearchParams(search);
    expect(back.get('lang')).toBe('en');
    expect(back.get('b')).toBe('7');
    expect(back.get('kwp')).toBeNull(); // no estimate yet
    expect(readShared(search).inputs).toEqual({ heating: 'gas', occupants: 2, battery_kwh: 10 });
    expect(sharedSearch(state, '?lang=en&b=3&kwp=1')).toBe('?lang=en');
  });

  it('picks the size nearest the shared power', () => {
    expect(indexNearest([0.43, 0.86, 1.29, 2.58], 1.2)).toBe(2);
    expect(indexNearest([0.43, 0.86], 9)).toBe(1);
  });
});
