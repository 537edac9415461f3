/**
 * The photovoltaic estimate of one building (GET /api/v1/buildings/{id}/pv) as the client keeps it: the contract's
 * answer, plus its layout's panels best first with their quads ([lon, lat, z] rings, z above ground, as the roof
 * faces) in the view's local frame for the 3D layer.
 */
import type { LocalFrame } from '../../../engine/geo/localFrame';
import type { BuildingPvResponse, PvConfiguration } from '../../../contracts';
import type { Vec3 } from './types';

export type { PvConfiguration };
export type PvLayoutFeature = BuildingPvResponse['layout']['features'][number];

/** One module of the layout: its four corners in ring order (open) in the local frame [east m, north m, z m]. */
export type PvPanel = PvLayoutFeature['properties'] & { corners: [Vec3, Vec3, Vec3, Vec3] };

export type BuildingPv = BuildingPvResponse & { panels: PvPanel[] };

/** The household answers that change the estimate (query parameters; null or absent = the server's default). */
export type PvInputs = {
  /** [€]; null = no budget limit. */
  budget_eur: number | null;
  /** Annual household consumption [kWh/yr]; null = estimated from heating and occupants. */
  consumption_kwh: number | null;
  heating: BuildingPvResponse['heating'];
  occupants: number;
  /** Home battery's usable capacity [kWh]; null = the server's default size, 0 = none. */
  battery_kwh?: number | null;
  /** Solar water heater's collector area [m²]; null = sized for the household. */
  collector_m2?: number | null;
  /** The installer's offer meets the 5.5 % VAT criteria (the server's default: true). */
  reduced_vat?: boolean;
};

/** A Polygon's outer ring of four corners (closed with a fifth or not) → local [east, north, z] [m]. */
function localQuad(feature: PvLayoutFeature, frame: LocalFrame, path: string): PvPanel['corners'] {
  const positions = (feature.geometry.coordinates[0] ?? []).map(([lon, lat, z]): Vec3 => [
    ...frame.toLocal([lon!, lat!]),
    z!,
  ]);
  const [first, last] = [positions[0], positions[positions.length - 1]];
  if (positions.length === 5 && first && last && first.every((v, i) => v === last[i])) positions.pop();
  if (positions.length !== 4)
    throw new RangeError(`${path}.coordinates[0]: expected 4 corners (5 positions closed), got ${positions.length}`);
  return positions as PvPanel['corners'];
}

/** The answer with its panels best first in the view's local frame. */
export function localPv(answer: BuildingPvResponse, frame: LocalFrame): BuildingPv {
  const panels = answer.layout.features
    .map((f, k) => ({ ...f.properties, corners: localQuad(f, frame, `layout.features[${k}].geometry`) }))
    .sort((a, b) => a.rank - b.rank);
  return { ...answer, panels };
}
