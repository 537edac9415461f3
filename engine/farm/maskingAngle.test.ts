import { describe, expect, it } from 'vitest';
import { maskingAngle } from './maskingAngle';
import { maskingAnglePassias } from './maskingAnglePassias';
import { skyDiffusePassias } from './skyDiffusePassias';

// Reference values: pvlib-python pvlib/tests/test_shading.py (fixtures masking_angle, average_masking_angle and
// shading_loss: tilts 0, 20, 90°, GCR 0.5, slant height 0.25 for the point masking angle). Tolerance 1e-6.
describe('masking angle and sky-diffuse loss (Passias & Källbäck 1984, as pvlib)', () => {
  it('maskingAngle at GCR 0.5, a quarter up the slant: 0, 11.20223712, 20.55604522°', () => {
    expect(maskingAngle(0, 0.5, 0.25)).toBeCloseTo(0, 6);
    expect(maskingAngle(20, 0.5, 0.25)).toBeCloseTo(11.20223712, 6);
    expect(maskingAngle(90, 0.5, 0.25)).toBeCloseTo(20.55604522, 6);
    expect(maskingAngle(20, 0, 0.25)).toBe(0);
  });

  it('maskingAnglePassias (average over the slant) at GCR 0.5: 0, 7.20980655, 13.779867461°', () => {
    expect(maskingAnglePassias(0, 0.5)).toBe(0);
    expect(maskingAnglePassias(20, 0.5)).toBeCloseTo(7.20980655, 6);
    expect(maskingAnglePassias(90, 0.5)).toBeCloseTo(13.779867461, 6);
  });

  it('the average lies between the top (0) and bottom masking angles, as it must', () => {
    const avg = maskingAnglePassias(25, 0.4);
    expect(avg).toBeGreaterThan(maskingAngle(25, 0.4, 1));
    expect(avg).toBeLessThan(maskingAngle(25, 0.4, 0));
  });

  it('skyDiffusePassias of those averages: 0, 0.00395338, 0.01439098', () => {
    expect(skyDiffusePassias(0)).toBe(0);
    expect(skyDiffusePassias(7.20980655)).toBeCloseTo(0.00395338, 7);
    expect(skyDiffusePassias(13.779867461)).toBeCloseTo(0.01439098, 7);
  });

  it('refuses bad inputs naming the argument', () => {
    expect(() => maskingAngle(20, 1.2, 0)).toThrow(/gcr/);
    expect(() => maskingAnglePassias(-1, 0.5)).toThrow(/surfaceTilt/);
    expect(() => skyDiffusePassias(Number.NaN)).toThrow(/maskingAngle_deg/);
  });
});
