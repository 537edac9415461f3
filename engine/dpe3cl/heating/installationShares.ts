/**
 * §9 of the 3CL-DPE 2021 method: the share of an installation's heating need each of its generators covers, by the
 * installation configuration (`enum_cfg_installation_ch_id`) and the generator's rank in it (0 = the main generation,
 * then the backups in their order):
 * 1 simple: 1 (several generators in cascade share by power or equally, see heatingConsumption);
 * 2 with solar heating: 1 − Fch;
 * 3 with a wood insert or stove as backup: 0.75 / 0.25;
 * 4 wood insert or stove with an electric bathroom heater: 0.9 / 0.1;
 * 5 backup insert or stove and a bathroom electric heater: 0.75 × 0.9 / 0.25 × 0.9 / 0.1;
 * 6 boiler or heat pump relieving a wood boiler: 0.75 / 0.25;
 * 7 solar heating and a wood backup: 0.75 × (1 − Fch) / 0.25 × (1 − Fch);
 * 8 boiler relieving a heat pump: 0.8 / 0.2;
 * 9 boiler relieving a heat pump with a wood backup: 0.8 × 0.75 / 0.2 × 0.75 / 0.25;
 * 10 collective base + backup: monthly split (§9.8, not a fixed share);
 * 11 convecteurs bi-jonction: 0.6 collective part / 0.4 individual part.
 * `fch` is the solar coverage factor [-]. RangeError for an unknown configuration.
 */
export function installationShare(cfgId: number, rank: number, fch: number): number {
  const shares: Readonly<Record<number, readonly number[]>> = {
    1: [1, 1, 1],
    2: [1 - fch],
    3: [0.75, 0.25],
    4: [0.9, 0.1],
    5: [0.75 * 0.9, 0.25 * 0.9, 0.1],
    6: [0.75, 0.25],
    7: [0.75 * (1 - fch), 0.25 * (1 - fch)],
    8: [0.8, 0.2],
    9: [0.8 * 0.75, 0.2 * 0.75, 0.25],
    10: [1, 1],
    11: [0.6, 0.4],
  };
  const list = shares[cfgId];
  if (!list) throw new RangeError(`enum_cfg_installation_ch_id must be within [1, 11], got ${cfgId}`);
  return list[rank] ?? 1;
}
