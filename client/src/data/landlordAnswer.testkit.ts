/**
 * Hand-made « Bailleur » answers shaped as the contract says (docs/client.md « Bailleur »), for the parser and action
 * tests. The plan is worked out by hand below, so the tests can check sums against it rather than against the code.
 *
 * Three houses, start 2027, 2 years, 30,000 €/yr, worst first:
 * - house 11 is G (480 kWhEP/m²), house 12 is F (380), house 13 is D (200): classes_start D 1, F 1, G 1;
 * - 2027: house 11 G → D for 25,000 € (house 12's 20,000 € does not fit in the 5,000 € left): after 2027 D 2, F 1;
 * - 2028: house 12 F → C for 20,000 €: after 2028 C 1, D 2 (= classes_end);
 * - deadlines: 2025-01-01 (G) passed at start, house 11 G already banned; 2028-01-01 (F) house 12 still F (its works
 *   in 2028 count from 1 January 2029), reason budget; 2034-01-01 (E) none.
 */

export const meJson = () => ({
  organisation: { id: 1, slug: 'maisons-et-cites', name: 'Maisons et Cités' },
  buildings: 3,
});

export const portfolioListJson = () => ({
  portfolios: [
    { id: 5, name: 'Cité 12', selection: { cite: 'Cité 12' }, buildings: 3, created_at: '2026-11-26T03:00:00Z' },
  ],
});

export const portfolioJson = () => ({
  id: 5,
  name: 'Cité 12',
  selection: { cite: 'Cité 12' },
  buildings: 3,
  building_ids: [11, 12, 13],
  created_at: '2026-11-26T03:00:00Z',
});

export const estimateJson = () => ({
  portfolio_id: 5,
  date: '2026-11-26',
  buildings: 3,
  classes: { A: 0, B: 0, C: 0, D: 1, E: 0, F: 1, G: 1 },
  houses: [
    {
      building_id: 11,
      letter: 'G',
      ep_kwh_m2: 480,
      label_source: 'estimate',
      label_origin: null,
      dpe_number: null,
      center: [2.79, 50.438],
      packages: [{ id: 'bbc', letter: 'D', cost_eur: 25000 }],
    },
    {
      building_id: 12,
      letter: 'F',
      ep_kwh_m2: 380,
      label_source: 'dpe',
      label_origin: 'ademe',
      dpe_number: '2362E0123456A',
      center: [2.791, 50.438],
      packages: [{ id: 'pac', letter: 'C', cost_eur: 20000 }],
    },
    {
      building_id: 13,
      letter: 'D',
      ep_kwh_m2: 200,
      label_source: 'estimate',
      label_origin: null,
      dpe_number: null,
      center: [2.792, 50.438],
      packages: [],
    },
  ],
});

const classes = (c: Partial<Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G', number>>) => ({
  A: 0,
  B: 0,
  C: 0,
  D: 0,
  E: 0,
  F: 0,
  G: 0,
  ...c,
});

const totals = () => ({
  spend_eur: 45000,
  budget_eur: 60000,
  houses_renovated: 2,
  energy_saved_kwh_yr: 21000,
  co2_saved_kg_yr: 4300,
  bill_saved_eur_yr: 2600,
  classes_start: classes({ D: 1, F: 1, G: 1 }),
  classes_end: classes({ C: 1, D: 2 }),
  houses_below_target_end: 0,
});

export const planAnswerJson = () => ({
  plan_id: 9,
  created_at: '2026-11-26T03:00:00Z',
  plan: {
    strategy: 'worst_first',
    start_year: 2027,
    method: 'Greedy by strategy key within each year budget.',
    target_met: true,
    assignments: [
      { house_id: 11, year: 2027, package_id: 'bbc', cost_eur: 25000, letter_before: 'G', letter_after: 'D' },
      { house_id: 12, year: 2028, package_id: 'pac', cost_eur: 20000, letter_before: 'F', letter_after: 'C' },
    ],
    years: [
      {
        year: 2027,
        spend_eur: 25000,
        budget_eur: 30000,
        houses: 1,
        classes: classes({ D: 2, F: 1 }),
        energy_kwh_yr: 40000,
        co2_kg_yr: 9000,
        bills_eur_yr: 5200,
      },
      {
        year: 2028,
        spend_eur: 20000,
        budget_eur: 30000,
        houses: 1,
        classes: classes({ C: 1, D: 2 }),
        energy_kwh_yr: 31000,
        co2_kg_yr: 6500,
        bills_eur_yr: 4100,
      },
    ],
    deadlines: [
      {
        date: '2025-01-01',
        banned_letter: 'G',
        passed_at_start: true,
        non_compliant: [{ house_id: 11, letter: 'G', reason: 'already_banned_at_start', works_year: 2027 }],
        required_min_eur: null,
        budget_until_eur: null,
        provably_infeasible: false,
      },
      {
        date: '2028-01-01',
        banned_letter: 'F',
        passed_at_start: false,
        non_compliant: [{ house_id: 12, letter: 'F', reason: 'budget', works_year: 2028 }],
        required_min_eur: 20000,
        budget_until_eur: 30000,
        provably_infeasible: false,
      },
      {
        date: '2034-01-01',
        banned_letter: 'E',
        passed_at_start: false,
        non_compliant: [],
        required_min_eur: 0,
        budget_until_eur: 60000,
        provably_infeasible: false,
      },
    ],
    totals: totals(),
  },
  comparison: [
    {
      strategy: 'worst_first',
      target_met: true,
      totals: totals(),
      non_compliant: [
        { date: '2025-01-01', banned_letter: 'G', houses: 1 },
        { date: '2028-01-01', banned_letter: 'F', houses: 1 },
        { date: '2034-01-01', banned_letter: 'E', houses: 0 },
      ],
    },
    {
      strategy: 'cheapest_class_gain',
      target_met: true,
      totals: { ...totals(), energy_saved_kwh_yr: 19000 },
      non_compliant: [
        { date: '2025-01-01', banned_letter: 'G', houses: 1 },
        { date: '2028-01-01', banned_letter: 'F', houses: 0 },
        { date: '2034-01-01', banned_letter: 'E', houses: 0 },
      ],
    },
  ],
  labels: {
    real: 1,
    estimated: 2,
    houses: [{ house_id: 12, letter: 'F', dpe_number: '2362E1234567A', origin: 'ademe' }],
  },
});
