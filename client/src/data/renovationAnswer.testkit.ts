/**
 * Test helpers: a /renovation answer written by hand after the contract (docs/client.md, « Rénovation ») for a
 * UNESCO-listed coron house in class F, estimated on 2026-11-26 for a modest owner-occupier household. Its letters,
 * rental dates and aid follow the rules (not the API's output), so the parser's checks have something to hold to:
 * - letters: the DPE double threshold (arrêté du 31 mars 2021, annexe 5): energy A < 70, B < 110, C < 180, D < 250,
 *   E < 330, F < 420 kWhEP/(m²·yr); climate A < 6, B < 11, C < 30, D < 50, E < 70, F < 100 kgCO2e/(m²·yr);
 * - rental: loi Climat et Résilience art. 160 — G banned from 2025-01-01, F from 2028-01-01, E from 2034-01-01;
 * - aid: MaPrimeRénov' 2026 rénovation d'ampleur, modest band 60 % of min(cost TTC / 1.055, 30,000 € HT for two
 *   classes gained, 40,000 € HT for three or more) (docs/renovation.md);
 * - net cost = central cost − aid; savings = bill before − bill after; payback = net cost / savings;
 * - tenant (« 3e ligne de quittance »): an owner-occupier has none; the bill saved is savings / 12 to the cent.
 * Final energy, bills and costs are arbitrary but consistent with each other (a fixture for the parser and the
 * panel, not a reference for the thermal model, which the API computes).
 */

function state(
  letter: string,
  energy: string,
  ghg: string,
  ep: number,
  ghgKg: number,
  final: [number, number, number, number],
  bill: number,
  rental: { allowed: boolean; banned_from: string | null },
) {
  const [heating, hot_water, lighting, auxiliaries] = final;
  return {
    letter,
    energy_letter: energy,
    ghg_letter: ghg,
    ep_kwh_m2: ep,
    ghg_kg_m2: ghgKg,
    heating_need_kwh_m2: Math.round(heating / 72),
    final_kwh: { heating, hot_water, lighting, auxiliaries, total: heating + hot_water + lighting + auxiliaries },
    bill_eur_yr: bill,
    co2_kg_yr: Math.round(ghgKg * 72),
    rental,
  };
}

const measure = (id: string, label: string, low: number, central: number, high: number) => ({
  id,
  label_fr: label,
  label_en: `${label} (en)`,
  cost_eur: { low, central, high },
});

/** An owner-occupier's « 3e ligne de quittance »: none; the bill saved a month [€/month] given by hand. */
const noTenantContribution = (saved: number) => ({
  applies: false,
  bill_saved_eur_month: saved,
  max_contribution_eur_month: 0,
  max_years: 0,
  net_saving_eur_month: saved,
  law: null,
  flat_rate_eur_month: null,
  source: 'dhup-3e-ligne',
});

export function renovationAnswerJson() {
  // Today: energy F (380 in [330, 420)), climate E (60 in [50, 70)) → F; F may be let until 2028-01-01.
  const current = state('F', 'F', 'E', 380, 60, [14000, 2500, 300, 200], 1900, {
    allowed: true,
    banned_from: '2028-01-01',
  });
  return {
    building_id: 42,
    date: '2026-11-26',
    notice: 'Estimation, pas un DPE officiel.',
    dwelling: {
      typology: 'coron' as string | null,
      year_built: 1925 as number | null,
      age_band: 'before_1948',
      floor_area_m2: 72,
      storeys: 2,
      party_wall_m: 16,
      exposed_wall_m2: 68,
      window_m2: 11,
      roof_m2: 42,
      floor_m2: 36,
      heating: 'gas_boiler_standard',
      hot_water: 'gas_boiler',
      ventilation: 'natural',
      unesco: true,
      dwellings: 1,
    },
    owner: 'owner_occupier',
    current,
    packages: [
      {
        id: 'bbc_renovation',
        label_fr: 'BBC rénovation',
        label_en: 'Low-energy (BBC) renovation',
        measures: [
          measure('attic_insulation', 'Isolation des combles', 3000, 4000, 5000),
          measure('wall_insulation_internal', 'Isolation des murs par l’intérieur', 12000, 16000, 20000),
          measure('heat_pump_air_water', 'Pompe à chaleur air/eau', 45000, 55000, 65000),
        ],
        // Energy B (95 in [70, 110)), climate A (4 < 6) → B: F → B is 4 classes, allowed without deadline.
        after: state('B', 'B', 'A', 95, 4, [2800, 800, 300, 600], 873, { allowed: true, banned_from: null }),
        cost_eur: { low: 60000, central: 75000, high: 90000 },
        // 0.6 × min(75,000 / 1.055 = 71,090, 40,000) = 24,000 €.
        aid_eur: 24000,
        aid_rule: 'Rénovation d’ampleur : 60 % de 40 000 € HT (3 classes ou plus)',
        net_cost_eur: 51000,
        savings_eur_yr: 1027,
        payback_years: 51000 / 1027,
        classes_gained: 4,
        tenant: noTenantContribution(85.58),
      },
      {
        id: 'sortie_de_passoire_pac',
        label_fr: 'Sortie de passoire (pompe à chaleur)',
        label_en: 'Out of the energy sieve (heat pump)',
        measures: [measure('heat_pump_air_water', 'Pompe à chaleur air/eau', 20000, 28000, 36000)],
        // Energy D (200 in [180, 250)), climate B (8 in [6, 11)) → D: F → D is 2 classes; D has no ban date.
        after: state('D', 'D', 'B', 200, 8, [4200, 2500, 300, 300], 1416.2, { allowed: true, banned_from: null }),
        cost_eur: { low: 20000, central: 28000, high: 36000 },
        // 0.6 × min(28,000 / 1.055 = 26,540.28, 30,000) = 15,924.17 €.
        aid_eur: 15924.17,
        aid_rule: 'Rénovation d’ampleur : 60 % du coût HT (2 classes)',
        net_cost_eur: 12075.83,
        savings_eur_yr: 483.8,
        payback_years: 12075.83 / 483.8,
        classes_gained: 2,
        tenant: noTenantContribution(40.32),
      },
      {
        id: 'gestes_simples',
        label_fr: 'Gestes simples',
        label_en: 'Simple steps',
        measures: [measure('attic_insulation', 'Isolation des combles', 4000, 5000, 6000)],
        // Energy E (300 in [250, 330)), climate E (55 in [50, 70)) → E: one class; E is banned from 2034-01-01.
        after: state('E', 'E', 'E', 300, 55, [11500, 2500, 300, 250], 1650, {
          allowed: true,
          banned_from: '2034-01-01',
        }),
        cost_eur: { low: 4000, central: 5000, high: 6000 },
        aid_eur: 0,
        aid_rule: 'Par geste : aucun geste éligible (isolation des combles sans prime en 2026)',
        net_cost_eur: 5000,
        savings_eur_yr: 250,
        payback_years: 20,
        classes_gained: 1,
        tenant: noTenantContribution(20.83),
      },
    ],
    with_pv: {
      kwp: 3,
      self_consumed_kwh: 1200,
      // Energy E (320 in [250, 330)), climate E (58) → E.
      current: state('E', 'E', 'E', 320, 58, [14000, 2500, 300, 200], 1667.2, {
        allowed: true,
        banned_from: '2034-01-01',
      }),
      best_package: state('B', 'B', 'A', 80, 4, [2800, 800, 300, 600], 640.2, { allowed: true, banned_from: null }),
    } as unknown,
    official: null as unknown,
    energy_prices: { date: '2026-02-01', eur_kwh: { electricity: 0.194, gas: 0.10192 } },
  };
}

export type RenovationAnswerJson = ReturnType<typeof renovationAnswerJson>;
