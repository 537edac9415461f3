/**
 * « Friches »: the answers of GET /sites and POST /sites/evaluate as the client keeps them: the contract's answers,
 * plus the outlines of the sites and the rows of tables ([lon, lat] rings) in the view's local frame.
 */
import type { LocalFrame } from '../../../engine/geo/localFrame';
import type { FarmRowFeature, SiteEvaluateResponse, SiteFeature, SiteListResponse } from '../../../contracts';
import { localFootprint } from './localGeometry';
import type { Polygon, Ring } from './types';

/** A candidate site (a flat slag heap or a brownfield) with its outline in the local frame. */
export type CandidateSite = SiteFeature['properties'] & { polygons: Polygon[] };

/** One row of tables with its ground polygon (the tilted tables seen from above) in the local frame. */
export type FarmRow = FarmRowFeature['properties'] & { ring: Ring };

export type FarmEvaluation = Omit<SiteEvaluateResponse, 'layout'> & { rows: FarmRow[] };
export type FarmSweepPoint = NonNullable<SiteEvaluateResponse['sweep']>[number];

/** The candidate sites in the API's order; a site listed twice or an outline with no usable ring is refused. */
export function localSites(answer: SiteListResponse, frame: LocalFrame): CandidateSite[] {
  const seen = new Set<number>();
  return answer.features.map((f, k) => {
    const path = `sites.features[${k}]`;
    if (seen.has(f.properties.id)) throw new RangeError(`${path}.properties.id ${f.properties.id} is listed twice`);
    seen.add(f.properties.id);
    const polygons = localFootprint(f.geometry, frame);
    if (!polygons) throw new TypeError(`${path}.geometry: expected a ring of at least 3 distinct [lon, lat] points`);
    return { ...f.properties, polygons };
  });
}

/** The evaluation with its rows in the local frame. */
export function localEvaluation(answer: SiteEvaluateResponse, frame: LocalFrame): FarmEvaluation {
  const { layout, ...rest } = answer;
  const rows = layout.features.map((f, k) => {
    const polygons = localFootprint(f.geometry, frame);
    if (!polygons)
      throw new TypeError(`layout.features[${k}].geometry: expected a ring of at least 3 distinct [lon, lat] points`);
    return { ...f.properties, ring: polygons[0]![0]! };
  });
  return { ...rest, rows };
}
