import { checkRange } from '../geo/checkRange';

const STEPS = 1800;

/** Incidence-angle modifiers of isotropic diffuse light from the sky and from the ground on a tilted plane. */
export interface DiffuseIam {
  /** For sky diffuse (the part of the hemisphere in front of the plane above the horizon) [-]. */
  sky: number;
  /** For ground-reflected light (the part below the horizon) [-]; 1 on a horizontal plane (it sees no ground). */
  ground: number;
}

/**
 * Marion's integrals: the incidence-angle modifier of isotropic diffuse light is the IAM averaged over the directions
 * it comes from, weighted by their cosine on the plane,
 *
 *   IAM_region = ∫ IAM(θ) cos θ dΩ / ∫ cos θ dΩ   over the region's directions in front of the plane
 *
 * (Marion, B. 2017 "Numerical method for angle-of-incidence correction factors for diffuse radiation incident
 * photovoltaic modules", Solar Energy 147: 344-348, doi:10.1016/j.solener.2017.03.027; pvlib `iam.marion_diffuse`).
 * With θ measured from the plane's normal and φ around it, a direction lies above the horizon when
 * cos θ cos β − sin θ sin β cos φ > 0, i.e. for the share s(θ) = 1 − acos(clamp(cot θ·cot β))/π of the circle φ; so
 * the double integral becomes ∫₀^{π/2} IAM(θ)·cos θ·sin θ·s(θ) dθ (midpoint rule, 1800 steps), and 1 − s(θ) for the
 * ground.
 *
 * @param surfaceTilt plane tilt β [°], within [0, 180]
 * @param iam the modifier as a function of the angle of incidence [°] (e.g. iamPhysical)
 * @returns the sky and ground modifiers [-]
 * @example marionDiffuse(35, iamPhysical).sky // ≈ 0.95
 */
export function marionDiffuse(surfaceTilt: number, iam: (aoi: number) => number): DiffuseIam {
  checkRange('surfaceTilt', surfaceTilt, 0, 180);
  const beta = (surfaceTilt * Math.PI) / 180;
  const cosB = Math.cos(beta);
  const sinB = Math.sin(beta);
  const dTheta = Math.PI / 2 / STEPS;
  let skyNum = 0;
  let skyDen = 0;
  let groundNum = 0;
  let groundDen = 0;
  for (let k = 0; k < STEPS; k++) {
    const theta = (k + 0.5) * dTheta;
    const cosT = Math.cos(theta);
    const sinT = Math.sin(theta);
    // Share of the circle around the normal that lies above the horizon at this angle from the normal.
    let skyShare: number;
    if (sinB * sinT < 1e-12) skyShare = cosB * cosT > 0 ? 1 : 0;
    else skyShare = 1 - Math.acos(Math.min(1, Math.max(-1, (cosT * cosB) / (sinT * sinB)))) / Math.PI;
    const weight = cosT * sinT;
    const m = iam((theta * 180) / Math.PI) * weight;
    skyNum += m * skyShare;
    skyDen += weight * skyShare;
    groundNum += m * (1 - skyShare);
    groundDen += weight * (1 - skyShare);
  }
  return { sky: skyDen > 0 ? skyNum / skyDen : 1, ground: groundDen > 1e-12 ? groundNum / groundDen : 1 };
}
