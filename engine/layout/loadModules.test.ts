import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModules, MODULES_PATH } from '../../tests/engine/fixtures';
import { defaultModule, moduleById } from './parseModules';

const dir = mkdtempSync(path.join(tmpdir(), 'modules-'));
const catalogue = JSON.parse(readFileSync(MODULES_PATH, 'utf8'));
/** The committed catalogue with one change, written to a temporary file. */
function variant(change: (data: { modules: Record<string, unknown>[] }) => void): string {
  const data = structuredClone(catalogue);
  change(data);
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe('loadModules', () => {
  it('reads 4–6 modules from fixtures/modules/modules.json, one default of ≈ 1.72 × 1.13 m and 430–450 Wp', () => {
    const modules = loadModules();
    expect(modules.length).toBeGreaterThanOrEqual(4);
    expect(modules.length).toBeLessThanOrEqual(6);
    const d = defaultModule(modules);
    // DESIGN §5: default ≈ 1.72 × 1.13 m (±1 cm), 430–500 Wp; the brief narrows it to 430–450 Wp.
    expect(d.length_m).toBeCloseTo(1.72, 1);
    expect(Math.abs(d.length_m - 1.72)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(d.width_m - 1.13)).toBeLessThanOrEqual(0.01);
    expect(d.wp).toBeGreaterThanOrEqual(430);
    expect(d.wp).toBeLessThanOrEqual(450);
  });

  it('lists efficiencies that agree with Wp / area (STC, 1,000 W/m²) within 0.3 point', () => {
    for (const m of loadModules()) {
      // η = P / (A · 1000 W/m²): e.g. 430 W / (1.722 × 1.134 m² × 1000) = 22.02 %.
      expect(Math.abs(m.wp / (m.length_m * m.width_m * 1000) - m.efficiency_pct / 100)).toBeLessThanOrEqual(0.003);
      expect(m.gamma_pdc_pct_per_c).toBeLessThan(0);
      expect(m.gamma_pdc_pct_per_c).toBeGreaterThan(-0.6);
    }
  });

  it('finds a module by id and refuses an unknown one', () => {
    const modules = loadModules();
    expect(moduleById(modules, 'trina-tsm-430de09r08w').length_m).toBe(1.762);
    expect(() => moduleById(modules, 'nope')).toThrow(RangeError);
    expect(() => moduleById(modules, 'nope')).toThrow(/id must name a known module/);
    expect(() => defaultModule(modules.map((m) => ({ ...m, default: false })))).toThrow(/default/);
  });

  it('names the bad field of a bad file', () => {
    expect(() => loadModules(variant((d) => (d.modules[1]!.width_m = 0)))).toThrow(/modules\[1\]\.width_m/);
    expect(() => loadModules(variant((d) => (d.modules[0]!.wp = 530)))).toThrow(/modules\[0\]\.efficiency_pct/);
    expect(() => loadModules(variant((d) => (d.modules[2]!.gamma_pdc_pct_per_c = 0.3)))).toThrow(/gamma_pdc_pct_per_c/);
    expect(() => loadModules(variant((d) => (d.modules[2]!.glass = 'glass')))).toThrow(/modules\[2\]\.glass/);
    expect(() => loadModules(variant((d) => delete d.modules[3]!.source))).toThrow(/modules\[3\]\.source/);
    expect(() => loadModules(variant((d) => (d.modules[1]!.id = d.modules[0]!.id)))).toThrow(
      /modules\[1\]\.id must be unique/,
    );
    expect(() => loadModules(variant((d) => (d.modules[1]!.default = true)))).toThrow(/exactly one default/);
    expect(() => loadModules(variant((d) => (d.modules = [])))).toThrow(/modules must be a non-empty array/);
    expect(() => loadModules(path.join(dir, 'missing.json'))).toThrow(/path/);
  });
});
