/**
 * Pitch assumed when a building has none [°], by typology. Sources: "demo" = the middle of the range the demo
 * generator draws (docs/demo.md, tools/demo-generator/params.ts, with that table's own sources), "assumption" = no
 * source, a value typical of the type. The table is repeated in docs/roofs.md.
 */
export const DEFAULT_PITCH_DEG: Readonly<Record<string, number>> = {
  // demo: eaves 3.5–4 m, ridge 6–7 m over a 6–8 m depth → atan((6.5 − 3.75) / 3.5) = 38.2° (range 27–47°)
  coron: 38,
  // demo: 35–45° (assumed by the generator; houses of 1867–1939 with tile roofs)
  cite_pavillonnaire: 40,
  // demo: 45–55°, the steep two-pan "chalet" roofs of the cités-jardins (form from the Cahier habitat minier)
  cite_jardin: 50,
  // demo: 15–25°, "flatter" post-war roofs
  cite_moderne: 20,
  // assumption: as the other post-war houses (Camus blocks default to flat anyway)
  camus: 20,
  // demo: the generator's "other" heritage building, 35° (its table spans 30–45°)
  heritage: 35,
  // assumption: a common pitch of tiled roofs in northern France (30–45°)
  house: 35,
  // assumption: low-pitched roofs of apartment blocks (which default to flat)
  apartment: 20,
  // assumption: as a house
  other: 35,
};

/** Pitch of a shed (mono-pitch) roof without data [°] (assumption: lean-to roofs are low, 10–20°). */
export const DEFAULT_SHED_PITCH_DEG = 15;

/**
 * Pitch assumed for a pitched roof without data.
 *
 * @param typology building typology; null or unknown → 'other'
 * @param model the roof model drawn: a shed gets `DEFAULT_SHED_PITCH_DEG` whatever its typology
 * @returns pitch [°]
 * @example defaultPitch('coron', 'gable') // 38
 */
export function defaultPitch(typology: string | null, model: 'shed' | 'gable' | 'hip'): number {
  if (model === 'shed') return DEFAULT_SHED_PITCH_DEG;
  return (typology !== null ? DEFAULT_PITCH_DEG[typology] : undefined) ?? DEFAULT_PITCH_DEG.other!;
}
