import type { Database } from '../../db/index.js';
import { sql } from '../../db/sql.js';
import {
  applyMeasures,
  byCarrier,
  dwellingOf,
  energyBill,
  measureCost,
  packageMeasures,
  type RenovationCatalogue,
} from '../../../../engine/renovation/index.js';
import { estimateDwelling } from '../../../../engine/thermal/index.js';
import { miningPriors, renovationCatalogue, tables3cl, typologies } from '../../fixtures/loadFixture.js';
import { estimateBuilding3cl } from '../../../../engine/dpe3cl/estimate.js';
import { buildingRecords } from './buildingRenovation.js';
import { renovationClimate } from './renovationClimate.js';
import { privateLabels } from '../landlord/privateDpe.js';

/** One building of a stock: its class now and after each package, with the package's central cost. */
export interface StockEstimate {
  building_id: number;
  center: [number, number];
  letter: string;
  ep_kwh_m2: number;
  /** Where `letter` comes from: a real DPE valid on the date (dpe_number), or our estimate. */
  label_source: 'dpe' | 'estimate';
  dpe_number: string | null;
  /** Whose DPE: ADEME's register, or the organisation's own upload (its private attributes); null for an estimate. */
  label_origin: 'ademe' | 'organisation' | null;
  floor_area_m2: number;
  dwellings: number;
  /** Final energy, emissions and bill of the whole building [kWh/yr, kg CO2e/yr, €/yr]. */
  energy_kwh_yr: number;
  co2_kg_yr: number;
  bill_eur_yr: number;
  packages: {
    id: string;
    letter: string;
    ep_kwh_m2: number;
    /** Cost for the whole building [€ TTC, central]. */
    cost_eur: number;
    energy_saved_kwh_yr: number;
    co2_saved_kg_yr: number;
    bill_saved_eur_yr: number;
  }[];
}

const CHUNK = 2000;

/** A real label of a building on the day: ADEME's (dpe/current_labels) or the organisation's own (privateDpe.ts). */
interface RealLabel {
  number: string;
  letter: string;
  /** null: a hand-typed private label without primary energy. */
  ep_kwh_m2: number | null;
  issue_date: string;
  origin: 'ademe' | 'organisation';
}

/**
 * Every building of a set (all, a bbox or a list) estimated now and after every package of the catalogue: the batch
 * behind portfolio plans. Records are read 2,000 at a time; walls not measured yet are measured on the way; climates
 * are shared per weather and place.
 */
export async function estimateStock(
  db: Database,
  options: {
    ids?: number[];
    bbox?: [number, number, number, number];
    date?: string;
    /** The organisation whose own diagnostics (private attributes) count too, for its own buildings. */
    organisationId?: number;
    /** The date whose likely state of works the estimates describe (default `date`), e.g. 2017 for the ERBM count. */
    worksDate?: string;
  } = {},
): Promise<StockEstimate[]> {
  const catalogue: RenovationCatalogue = renovationCatalogue();
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const ids =
    options.ids ??
    (await db.query<{ id: number }>(sql('renovation/all_ids'), options.bbox ?? [null, null, null, null])).rows.map(
      (r) => r.id,
    );
  const out: StockEstimate[] = [];
  // One climate per weather and place (0.05°): asked of the database once, not per building.
  const climates = new Map<string, Awaited<ReturnType<typeof renovationClimate>>>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const records = await buildingRecords(db, chunk);
    const labels = new Map<number, RealLabel>(
      (
        await db.query<{ building_id: number; number: string; letter: string; ep_kwh_m2: number; issue_date: string }>(
          sql('dpe/current_labels'),
          [chunk, date],
        )
      ).rows.map((r) => [r.building_id, { ...r, origin: 'ademe' }]),
    );
    // The organisation's own diagnostic counts where it is valid and at least as recent as ADEME's label.
    if (options.organisationId !== undefined) {
      for (const [id, p] of await privateLabels(db, chunk, options.organisationId, date)) {
        const a = labels.get(id);
        if (a && a.issue_date > p.issue_date) continue;
        labels.set(id, { ...p, origin: 'organisation' });
      }
    }
    for (const record of records) {
      const key = `${record.weather_id}:${Math.round(record.lat / 0.05)}:${Math.round(record.lon / 0.05)}`;
      let rc = climates.get(key);
      if (!rc) {
        rc = await renovationClimate(db, record.weather_id, record.lat, record.lon);
        climates.set(key, rc);
      }
      const { dwelling, assumptions } = dwellingOf(record, rc, typologies());
      const now = estimateDwelling(dwelling, rc.climate, date);
      // The class on the official 3CL method from the house's likely description (engine/dpe3cl/estimate.ts); the
      // energy, emissions and bills stay those of the monthly balance (engine/thermal).
      const ctx3cl = {
        priors: miningPriors(),
        tables: tables3cl(),
        date,
        catalogue,
        ...(options.worksDate ? { works_date: options.worksDate } : {}),
      };
      const now3cl = estimateBuilding3cl(record, dwelling, assumptions, { ...ctx3cl, range: false });
      // The mean dwelling times the dwellings: the building's figures.
      const n = assumptions.dwellings;
      const bill = (final: typeof now.final) => energyBill(byCarrier(final), catalogue.energy_prices).total_eur;
      const billNow = bill(now.final);
      // A real label valid on the date decides the class today; the packages' classes stay our estimate, never
      // worse than the real class (works do not degrade a house).
      const real = labels.get(record.id);
      out.push({
        building_id: record.id,
        center: [record.lon, record.lat],
        letter: real ? real.letter : now3cl.letter,
        // A hand-typed private label may give no primary energy: our estimate's figure stands beside its class.
        ep_kwh_m2: Math.round((real?.ep_kwh_m2 ?? now3cl.ep_kwh_m2) * 10) / 10,
        label_source: real ? 'dpe' : 'estimate',
        dpe_number: real?.number ?? null,
        label_origin: real?.origin ?? null,
        floor_area_m2: assumptions.floor_area_m2,
        dwellings: n,
        energy_kwh_yr: Math.round(now.final.total_kwh * n),
        co2_kg_yr: Math.round(now.ghg_kg * n),
        bill_eur_yr: Math.round(billNow * n),
        packages: catalogue.packages.map((p) => {
          const measures = packageMeasures(p.id, dwelling, catalogue).filter((m) => m !== 'pv');
          const after = estimateDwelling(applyMeasures(dwelling, measures, catalogue), rc.climate, date);
          const after3cl = estimateBuilding3cl(record, dwelling, assumptions, { ...ctx3cl, measures, range: false });
          return {
            id: p.id,
            letter: real && real.letter < after3cl.letter ? real.letter : after3cl.letter,
            ep_kwh_m2: Math.round(after3cl.ep_kwh_m2 * 10) / 10,
            cost_eur: Math.round(measureCost(dwelling, measures, catalogue).total.central_eur * n),
            energy_saved_kwh_yr: Math.round((now.final.total_kwh - after.final.total_kwh) * n),
            co2_saved_kg_yr: Math.round((now.ghg_kg - after.ghg_kg) * n),
            bill_saved_eur_yr: Math.round((billNow - bill(after.final)) * n),
          };
        }),
      });
    }
  }
  return out;
}
