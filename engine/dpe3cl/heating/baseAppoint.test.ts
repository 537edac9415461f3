import { describe, expect, it } from 'vitest';
import { baseShare } from './baseAppoint';
import { generationAuxiliaries } from './heatingAuxiliaries';

// §9.8 base + appoint and §15.1 auxiliaries, hand-checked against the method's formulas (arrêté du 31 mars 2021, annexe 1).
const flat = (v: number) => new Array<number>(12).fill(v);
const climate = { dh14: flat(5000), nref19_h: flat(600), text_c: flat(6), tbase_c: -7 };

describe('§9.8 collective base + individual backup', () => {
  it('without the base’s Pn, the base covers half', () => {
    expect(baseShare({ pn_base_w: null, rendement_emetteur: 0.8, besoin_mensuel_kwh: flat(100), ...climate })).toBe(
      0.5,
    );
  });
  it('a base far larger than the need covers it all (t below Tbase: DHt = 0)', () => {
    // t = 14 − 80 × 60000 / 1200 < Tbase → x < 0, DHt clamped to 0, share 1
    expect(baseShare({ pn_base_w: 100_000, rendement_emetteur: 0.8, besoin_mensuel_kwh: flat(100), ...climate })).toBe(
      1,
    );
  });
  it('one month by hand: t, x, DHt and 1 − DHt/DH14', () => {
    const pe = 1 * 0.8; // kW
    const t = 14 - (pe * 60000) / 1200; // −26 °C → the base holds everything
    expect(t).toBeLessThan(-7);
    const pn = 200; // W → Pe 0.16 kW, t = 14 − 0.16 × 60000 / 1200 = 6 °C
    const x = (0.5 * (6 - -7)) / (6 - -7); // 0.5
    const dht = 600 * 13 * x ** 5 * (14 - 28 * x + 20 * x ** 2 - 5 * x ** 3);
    const expected = 1 - dht / 5000;
    expect(
      baseShare({ pn_base_w: pn, rendement_emetteur: 0.8, besoin_mensuel_kwh: flat(100), ...climate }),
    ).toBeCloseTo(expected, 12);
  });
  it('a tiny base covers little; the share grows with its power', () => {
    const at = (pn: number) =>
      baseShare({ pn_base_w: pn, rendement_emetteur: 0.8, besoin_mensuel_kwh: flat(100), ...climate });
    expect(at(10)).toBeLessThan(0.1);
    expect(at(100)).toBeLessThan(at(200));
    expect(() => baseShare({ pn_base_w: 1, rendement_emetteur: 1, besoin_mensuel_kwh: [1], ...climate })).toThrow(
      /besoin_mensuel_kwh/,
    );
  });
});

describe('§15.1 generation auxiliaries of a large collective boiler', () => {
  it('Paux at the capped power (400 kW), run time Bch / Pn at the real Pn', () => {
    // 2213E2971717J: condensing gas boiler 983 kW, Bch 493 009 kWh → 660 W × 493009 / 983000 = 331 kWh for the
    // building; × cle_repartition_ch 0.005954 = 1.97 kWh, the record's own conso_auxiliaire_generation_ch.
    const building = generationAuxiliaries(97, 983_000, 493_009);
    expect(building).toBeCloseTo((660 * 493_009) / 983_000, 6);
    expect(building * 0.005953659332317974).toBeCloseTo(1.9707, 3);
  });
});
