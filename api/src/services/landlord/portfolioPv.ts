import type { Database } from '../../db/index.js';
import { sql } from '../../db/sql.js';
import { AppError } from '../../errors/AppError.js';
import type { Caller } from './auth.js';
import { defaultConsumption } from '../../../../engine/economics/index.js';
import { getPortfolio } from './portfolios.js';
import { buildingPv } from '../pv/buildingPv.js';

/** Roofs given the full homeowner estimate (layout, hourly yield, money), best sunlight first. */
const DETAILED_ROOFS = 50;
/**
 * A cité whose best roofs could produce at least this share of its houses' yearly consumption is flagged for
 * collective self-consumption (autoconsommation collective, within 2 km under the arrêté of 21 November 2019).
 * Assumption: below ≈ 30 % most of a roof's production is used on site by the neighbours in daytime.
 */
const COLLECTIVE_SHARE = 0.3;

type SolarRow = {
  building_id: number;
  usable_area_m2: number;
  usable_kwh: number;
  mean_kwh_m2: number;
  cite_name: string | null;
};

/**
 * The organisation's roofs for PV: every computed roof of the portfolio ranked by the cadastre's usable sunlight, the
 * best 50 with the full estimate (panels that fit, kWp, kWh/yr, payback at today's tariffs, as for a homeowner,
 * sizing "max"), totals over those, and per cité a hint where one roof could feed a row of attached houses.
 */
export async function portfolioPv(db: Database, caller: Caller, id: number) {
  const portfolio = await getPortfolio(db, caller, id);
  const rows = (await db.query<SolarRow>(sql('portfolios/solar'), [portfolio.building_ids])).rows;
  const roofs = [];
  for (const r of rows.slice(0, DETAILED_ROOFS)) {
    try {
      const pv = await buildingPv(db, r.building_id, { heating: 'gas', occupants: 2, sizing: 'max' });
      if (!pv.chosen) continue;
      roofs.push({
        building_id: r.building_id,
        cite: r.cite_name,
        kwp: pv.chosen.kwp,
        annual_kwh: pv.chosen.annual_kwh,
        specific_yield_kwh_kwp: pv.chosen.specific_yield_kwh_kwp,
        payback_years: pv.chosen.payback_years,
        usable_area_m2: Math.round(r.usable_area_m2 * 10) / 10,
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  roofs.sort((a, b) => b.annual_kwh - a.annual_kwh || a.building_id - b.building_id);
  const houseUse = defaultConsumption({ heating: 'gas', occupants: 2 });
  const byCite = new Map<string, { houses: number; production: number }>();
  for (const h of rows) {
    const key = h.cite_name ?? '—';
    const c = byCite.get(key) ?? { houses: 0, production: 0 };
    c.houses += 1;
    byCite.set(key, c);
  }
  for (const r of roofs) byCite.get(r.cite ?? '—')!.production += r.annual_kwh;
  const collective = [...byCite.entries()]
    .filter(([, c]) => c.production > 0)
    .map(([cite, c]) => {
      const consumption = c.houses * houseUse;
      const share = c.production / consumption;
      return {
        cite,
        houses: c.houses,
        production_kwh: Math.round(c.production),
        consumption_kwh: Math.round(consumption),
        note:
          share >= COLLECTIVE_SHARE
            ? `les meilleurs toits produisent ${Math.round(share * 100)} % de la consommation des logements : une autoconsommation collective (périmètre 2 km) valoriserait le surplus vendu 0,04 €/kWh au prix de détail`
            : `production ${Math.round(share * 100)} % de la consommation : l'autoconsommation individuelle suffit`,
      };
    })
    .sort((a, b) => b.production_kwh / b.consumption_kwh - a.production_kwh / a.consumption_kwh);
  return {
    portfolio_id: portfolio.id,
    roofs_computed: rows.length,
    roofs,
    totals: {
      roofs: roofs.length,
      kwp: Math.round(roofs.reduce((s, r) => s + r.kwp, 0) * 100) / 100,
      annual_kwh: roofs.reduce((s, r) => s + r.annual_kwh, 0),
    },
    collective,
    note: `the ${DETAILED_ROOFS} roofs with the most usable sunlight of the portfolio's ${rows.length} computed roofs, each estimated as for a homeowner (as many panels as fit, gas-heated household of 2)`,
  };
}
