const HALF_PI = Math.PI / 2;
/** Gauss–Legendre nodes and weights on [−1, 1], 8 points (exact for polynomials of degree ≤ 15). */
const GL_X = [
  -0.9602898564975363, -0.7966664774136267, -0.525532409916329, -0.1834346424956498, 0.1834346424956498,
  0.525532409916329, 0.7966664774136267, 0.9602898564975363,
];
const GL_W = [
  0.1012285362903763, 0.2223810344533745, 0.3137066458778873, 0.362683783378362, 0.362683783378362, 0.3137066458778873,
  0.2223810344533745, 0.1012285362903763,
];
/** Widest azimuth piece one Gauss–Legendre rule integrates [rad] (5°). */
const MAX_STEP_RAD = (5 * Math.PI) / 180;

/**
 * ∫∫ cos θ · cos e de dφ over the sky of an azimuth piece [a, b] above a horizon h and in front of a plane, for a
 * piece of at most 90° inside which the plane's own edge (where cos θ = 0) does not cross the horizon (the caller
 * cuts there). With A = cos β and B(φ) = sin β·cos(φ − γ),
 * cos θ = A·sin e + B·cos e and, in elevation, ∫ (A·sin e + B·cos e)·cos e de = G(e) = A·sin²e/2 + B·(e/2 + sin 2e/4).
 * - Sky in front down to the horizon (e from h to 90°): ∫ G(90°) − G(h) dφ =
 *   A·cos²h/2·(b − a) + sin β·(π/4 − h/2 − sin 2h/4)·(sin(b − γ) − sin(a − γ)).
 * - Plane edge above the horizon, β < 90° (e from e_c = atan(−B/A) to 90°): G(90°) − G(e_c) = A/2 + B·(π/4 +
 *   atan(T·cos x)/2), x = φ − γ, T = tan β, whose azimuth integral is closed form by parts:
 *   ∫ cos x·atan(T cos x) dx = sin x·atan(T cos x) + (atan2(A sin x, cos x) − x·cos β)/sin β.
 * - β ≥ 90° (the plane faces the ground; visible sky below its edge): 8-point Gauss–Legendre in azimuth over ≤ 5°
 *   steps of the exact elevation integral.
 *
 * @param A cos β
 * @param sinB sin β
 * @param gamma plane azimuth [rad]
 * @param h horizon elevation [rad]
 * @param a piece start azimuth [rad]
 * @param b piece end azimuth [rad], > a
 * @returns the integral [sr]
 */
export function skyPieceIntegral(A: number, sinB: number, gamma: number, h: number, a: number, b: number): number {
  const mid = sinB * Math.cos((a + b) / 2 - gamma);
  if (A > 0) {
    if (Math.atan(-mid / A) <= h) {
      return (
        ((A * Math.cos(h) ** 2) / 2) * (b - a) +
        sinB * (Math.PI / 4 - h / 2 - Math.sin(2 * h) / 4) * (Math.sin(b - gamma) - Math.sin(a - gamma))
      );
    }
    const T = sinB / A;
    const xa = a - gamma;
    const xb = b - gamma;
    // atan2(A sin x, cos x) grows by less than π over a piece of ≤ 90°: unwrap its jump at x = ±π.
    let turn = Math.atan2(A * Math.sin(xb), Math.cos(xb)) - Math.atan2(A * Math.sin(xa), Math.cos(xa));
    if (turn > Math.PI) turn -= 2 * Math.PI;
    else if (turn <= -Math.PI) turn += 2 * Math.PI;
    const byParts =
      Math.sin(xb) * Math.atan(T * Math.cos(xb)) -
      Math.sin(xa) * Math.atan(T * Math.cos(xa)) +
      (turn - (xb - xa) * A) / sinB;
    return (A / 2) * (b - a) + sinB * ((Math.PI / 4) * (Math.sin(xb) - Math.sin(xa)) + byParts / 2);
  }
  let total = 0;
  const steps = Math.ceil((b - a) / MAX_STEP_RAD);
  const step = (b - a) / steps;
  for (let p = 0; p < steps; p++) {
    const centre = a + (p + 0.5) * step;
    for (let g = 0; g < GL_X.length; g++) {
      const B = sinB * Math.cos(centre + (GL_X[g]! * step) / 2 - gamma);
      // A < 0: the sky in front lies below the plane's edge; A = 0 (a wall): the half facing it.
      const high = A < 0 ? Math.atan(B / -A) : B > 0 ? HALF_PI : h;
      if (!(high > h)) continue;
      // G(high) − G(h), G(e) = A·sin²e/2 + B·(e/2 + sin 2e/4).
      const sh = Math.sin(high);
      const sl = Math.sin(h);
      const column = (A * (sh * sh - sl * sl)) / 2 + B * ((high - h) / 2 + (Math.sin(2 * high) - Math.sin(2 * h)) / 4);
      total += ((GL_W[g]! * step) / 2) * column;
    }
  }
  return total;
}
