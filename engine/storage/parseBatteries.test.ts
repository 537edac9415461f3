import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { batteryAgeing, defaultBattery, parseBatteries } from './parseBatteries';

const FIXTURE = new URL('../../fixtures/storage/batteries.json', import.meta.url);
const raw = () => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('parseBatteries', () => {
  it('accepts the fixture, every figure with a known source', () => {
    const data = parseBatteries(raw());
    expect(data.cost.vat_pct.value).toBe(20);
    expect(defaultBattery(data)).toEqual({
      usable_kwh: data.defaults.usable_kwh.value,
      power_kw: data.defaults.power_kw.value,
      round_trip_efficiency: data.efficiency.ac_coupled_round_trip.value,
    });
    expect(batteryAgeing(data).end_of_life_capacity_pct).toBe(data.ageing.end_of_life_capacity_pct.value);
  });

  it('refuses a 1,000 kWh default battery, naming usable_kwh', () => {
    const j = raw();
    j.defaults.usable_kwh.value = 1000;
    expect(() => parseBatteries(j)).toThrow(
      'batteries.defaults.usable_kwh.value must be a number within (0, 30], got 1000',
    );
  });

  it('refuses a negative power, an efficiency above 1, an unknown source, a missing field', () => {
    const power = raw();
    power.defaults.power_kw.value = -1;
    expect(() => parseBatteries(power)).toThrow(
      /batteries\.defaults\.power_kw\.value must be a number within \(0, 15\]/,
    );
    const eff = raw();
    eff.efficiency.dc_coupled_round_trip.value = 1.2;
    expect(() => parseBatteries(eff)).toThrow(/batteries\.efficiency\.dc_coupled_round_trip\.value/);
    const src = raw();
    src.cost.vat_pct.source = 'nowhere';
    expect(() => parseBatteries(src)).toThrow(/batteries\.cost\.vat_pct\.source must be one of the ids in sources/);
    const missing = raw();
    delete missing.ageing.calendar_life_years;
    expect(() => parseBatteries(missing)).toThrow(RangeError);
  });
});
