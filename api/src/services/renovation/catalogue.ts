import { loadRenovationCatalogue, type RenovationCatalogue } from '../../../../engine/renovation/index.js';

let catalogue: RenovationCatalogue | undefined;

/** The measure catalogue, packages, prices, aids and rental calendar (fixtures/renovation), read once per process. */
export function renovationCatalogue(): RenovationCatalogue {
  catalogue ??= loadRenovationCatalogue();
  return catalogue;
}

/** English names of the catalogue's measures and packages (the file carries the French ones). */
export const LABELS_EN: Record<string, string> = {
  attic_insulation: 'Loft (attic floor) insulation, R ≥ 7',
  sloped_roof_insulation: 'Sloped roof insulation, R ≥ 6',
  wall_insulation_external: 'External wall insulation, R ≥ 4.4',
  wall_insulation_internal: 'Internal wall insulation, R ≥ 3.7 (the only wall option in UNESCO-listed cités)',
  floor_insulation: 'Ground floor insulation (underside), R ≥ 3',
  windows_uw13: 'New windows, Uw ≤ 1.3 W/(m²·K)',
  vmc_hygro_b: 'Humidity-controlled extract ventilation (hygro B)',
  double_flow_vmc: 'Balanced ventilation with heat recovery',
  heat_pump_air_water: 'Air-to-water heat pump (on the existing radiators)',
  condensing_gas_boiler: 'Condensing gas boiler',
  solar_water_heater: 'Solar water heater (electric backup)',
  thermodynamic_water_heater: 'Heat-pump water heater',
  pv: 'Rooftop PV (see the building PV estimate)',
  gestes_simples: 'Simple steps',
  sortie_de_passoire_pac: 'Out of the energy-sieve classes (heat pump)',
  sortie_de_passoire_gaz: 'Out of the energy-sieve classes (condensing gas boiler)',
  bbc_renovation: 'Low-energy (BBC) renovation',
};
