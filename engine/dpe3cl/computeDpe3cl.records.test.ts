import { describe, expect, it } from 'vitest';
import { computeDpe3cl, recordDate } from './computeDpe3cl';
import { loadRealRecords, loadTables3cl } from './records.testkit';
import { nodeAt, num, text } from './tree';

const tables = loadTables3cl();
const LETTERS = 'ABCDEFG';

describe('the whole 3CL method on the real records, from their own inputs', async () => {
  const records = await loadRealRecords();
  const rows = records.map((r) => {
    const logement = nodeAt(r.tree, 'logement')!;
    const date = recordDate(r.tree);
    const officialEp = num(nodeAt(logement, 'sortie/ep_conso'), 'ep_conso_5_usages_m2');
    const officialClass = text(nodeAt(logement, 'sortie/ep_conso'), 'classe_bilan_dpe');
    try {
      if (!date) throw new RangeError('no date');
      const res = computeDpe3cl(logement, tables, { date });
      return {
        name: r.name,
        ok: true as const,
        officialEp,
        officialClass,
        ep: res.balance.ep_kwh_m2,
        letter: res.balance.classe_dpe,
      };
    } catch (e) {
      return { name: r.name, ok: false as const, error: String((e as Error).message), officialEp, officialClass };
    }
  });

  it('replays the records: class equal, within one class, kWhEP/m² within 5 %', () => {
    const done = rows.filter((r) => r.ok);
    const n = rows.length;
    const equal = done.filter((r) => r.ok && r.letter === r.officialClass).length;
    const within1 = done.filter(
      (r) => r.ok && r.officialClass && Math.abs(LETTERS.indexOf(r.letter) - LETTERS.indexOf(r.officialClass)) <= 1,
    ).length;
    const ep5 = done.filter((r) => r.ok && r.officialEp && Math.abs(r.ep - r.officialEp) / r.officialEp <= 0.05).length;
    const errs = rows.filter((r) => r.ok === false).map((r) => `${r.name}: ${(r as { error: string }).error}`);
    const diffs = done
      .filter((r) => r.ok && r.officialEp)
      .map((r) => (r.ok ? (r.ep - r.officialEp!) / r.officialEp! : 0))
      .sort((a, b) => a - b);
    const q = (p: number) => Math.round(diffs[Math.floor(p * (diffs.length - 1))]! * 1000) / 10;
    console.log(
      `replay: ${done.length}/${n} computed; class equal ${equal} (${((100 * equal) / n).toFixed(1)} %), within one ${within1} (${((100 * within1) / n).toFixed(1)} %), kWhEP/m² within 5 % ${ep5} (${((100 * ep5) / n).toFixed(1)} %); error quantiles p10 ${q(0.1)} %, p25 ${q(0.25)} %, median ${q(0.5)} %, p75 ${q(0.75)} %, p90 ${q(0.9)} %`,
    );
    console.log(errs.slice(0, 20).join('\n'));
    const misses = done.filter(
      (r) => r.ok && r.officialClass && Math.abs(LETTERS.indexOf(r.letter) - LETTERS.indexOf(r.officialClass)) > 1,
    );
    console.log(`more than one class off: ${misses.map((r) => r.name).join(', ')}`);
    // Measured 2026-12-07 on the 271 records of fixtures/dpe/ademe-xml.zip (their own inputs, their own dates): 265
    // computed, class equal 86.7 %, within one class 97.0 %, kWhEP/m² within 5 % 68.3 % (issue 18 asks ≥ 60 %, ≥ 95 %,
    // ≥ 50 %; Open3CL reports 46–91 % within 5 % on its own sets); errors p10 −6.7 %, median 0 %, p90 +7.3 %. The two
    // misses by more than one class: a building DPE computed on one flat (2321E3872263C) and a flat whose envelope
    // we find twice the record's (2528E1249844E). Thresholds a little below the measured shares.
    expect(done.length).toBeGreaterThanOrEqual(265);
    expect(equal / n).toBeGreaterThanOrEqual(0.85);
    expect(within1 / n).toBeGreaterThanOrEqual(0.95);
    expect(ep5 / n).toBeGreaterThanOrEqual(0.66);
  });
});
