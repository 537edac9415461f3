// The house both the renovation API tests and the contract test describe to POST /renovation/simulate.
/** A detached single-storey house of 100 m² (10 × 10 m), uninsulated 1950s-like values, gas boiler. */
export const HOUSE = {
  floor_area_m2: 100,
  walls: [0, 90, 180, 270].map((azimuth_deg) => ({ area_m2: 22, u_w_m2k: 1.8, azimuth_deg })),
  roof: [{ area_m2: 100, u_w_m2k: 2.5, roof_kind: 'attic_floor' }],
  floors: [{ area_m2: 100, u_w_m2k: 0.9 }],
  windows: [0, 90, 180, 270].map((azimuth_deg) => ({ area_m2: 3.5, u_w_m2k: 2.9, g_value: 0.75, azimuth_deg })),
  ventilation: 'natural',
  infiltration_ach: 0.6,
  thermal_mass: 'heavy',
  heating: { system: 'gas_boiler_standard', carrier: 'gas', efficiency: 0.75 },
  hot_water: { system: 'gas_combi', carrier: 'gas', efficiency: 0.65 },
  year_built: 1955,
};
