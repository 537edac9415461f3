import { foldForSearch } from '../import/searchText.js';
import type { DpeRecord } from './types.js';

/**
 * How a DPE is matched to a building, and how far the match is trusted. The BAN geocode of a DPE was filled by the
 * diagnostician's software when the DPE was made: ADEME warns it can be wrong, and a low score says so.
 */

/** A BAN point farther than this from every footprint matches no building [m] (assumption: a house-number point
 * sits on the building or at its plot's street front; plots of the mining cités are 10–25 m deep). */
export const BAN_NEAREST_MAX_M = 30;
/** BAN scores below this are flagged (the geocoder's own "uncertain" zone; ADEME's SOURCE caveat). */
export const LOW_BAN_SCORE = 0.5;
/** Distance within which a BAN point or an RNB building makes a record part of the territory [deg], ≈ 1.1 km of
 * latitude (the extent of the database's buildings, widened by a street block). */
export const TERRITORY_MARGIN_DEG = 0.01;

export type MatchFlag = 'low_ban_score' | 'address_disagrees' | 'ban_not_housenumber';

/** Street-type words and articles that the raw address and the BAN label spell in different ways. */
const STREET_NOISE = new Set([
  'rue', 'r', 'avenue', 'av', 'ave', 'boulevard', 'bd', 'bld', 'place', 'pl', 'chemin', 'ch', 'impasse', 'imp',
  'allee', 'all', 'route', 'rte', 'cite', 'residence', 'res', 'square', 'sq', 'quai', 'cours', 'passage', 'sentier',
  'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'a', 'au', 'aux', 'et', 'saint', 'st', 'sainte', 'ste', 'bis', 'ter',
]); // prettier-ignore

/** The house number a raw address starts with ("12 bis rue…" → "12"), or null. */
export function houseNumberOf(address: string | null): string | null {
  if (!address) return null;
  const m = /^\s*(\d{1,5})\b/.exec(address);
  return m ? String(Number(m[1])) : null;
}

/**
 * The significant words of a street: folded, without its type words, articles and numbers, and without what follows a
 * postcode (« 22 rue des Hirondelles, 62160 Grenay », a BAN label's « … 25000 Besançon »): the commune's name is no
 * word of the street, and would make every building of the commune at that number look alike.
 */
export function streetWords(text: string | null): string[] {
  if (!text) return [];
  return foldForSearch(text.replace(/[\s,]\d{5}(?=[\s,]|$).*$/s, ''))
    .split(' ')
    .filter((w) => w.length > 1 && !STREET_NOISE.has(w) && !/^\d+$/.test(w));
}

/**
 * True when the raw address and the BAN geocode name another house number, or share none of the street's words.
 * Only said when both sides give something to compare (a raw address without a number agrees on the number).
 */
export function addressDisagrees(
  r: Pick<DpeRecord, 'address_raw' | 'ban_housenumber' | 'ban_street' | 'ban_label'>,
): boolean {
  const rawNumber = houseNumberOf(r.address_raw);
  const banNumber = r.ban_housenumber ? houseNumberOf(r.ban_housenumber) : null;
  if (rawNumber && banNumber && rawNumber !== banNumber) return true;
  const raw = new Set(streetWords(r.address_raw));
  const ban = streetWords(r.ban_street ?? r.ban_label);
  if (raw.size === 0 || ban.length === 0) return false;
  return !ban.some((w) => raw.has(w));
}

/** A BAN point of a house number: ban_type says so, or (the v2 CSV gives no type) a BAN house number is given. */
export function isHouseNumberGeocode(r: Pick<DpeRecord, 'ban_type' | 'ban_housenumber'>): boolean {
  return r.ban_type === 'housenumber' || (r.ban_type === null && !!r.ban_housenumber);
}

/** The flags of a record, known before any building is looked at. */
export function recordFlags(r: DpeRecord): MatchFlag[] {
  const flags: MatchFlag[] = [];
  if (r.ban_score !== null && r.ban_score < LOW_BAN_SCORE) flags.push('low_ban_score');
  if (addressDisagrees(r)) flags.push('address_disagrees');
  if (r.ban_x_l93 !== null && !isHouseNumberGeocode(r)) flags.push('ban_not_housenumber');
  return flags;
}

/**
 * Confidence of a match, 0–1 (an ordering, not a probability; assumption): RNB 1; a BAN point inside the footprint
 * 0.5 + score/2, falling linearly to half of that at BAN_NEAREST_MAX_M; the address text 0.6; halved when the raw
 * address disagrees with the BAN label the point came from.
 */
export function matchConfidence(
  method: 'rnb' | 'ban_inside' | 'ban_nearest' | 'address',
  banScore: number | null,
  distanceM: number | null,
  flags: readonly MatchFlag[],
): number {
  let c: number;
  if (method === 'rnb') return 1;
  if (method === 'address') c = 0.6;
  else {
    c = 0.5 + Math.min(1, Math.max(0, banScore ?? 0)) / 2;
    if (method === 'ban_nearest') c *= 1 - Math.min(1, (distanceM ?? 0) / BAN_NEAREST_MAX_M) / 2;
    if (flags.includes('address_disagrees')) c /= 2;
  }
  return Math.round(c * 1000) / 1000;
}

/** Below this confidence a match is not used for a building's label (dpe/current_labels applies the same rule). */
export const TRUSTED_MATCH_CONFIDENCE = 0.5;

/** Whether a match is firm enough to give a building its label: confident enough, and its address agreeing. */
export function isTrustedMatch(confidence: number | null, flags: readonly MatchFlag[]): boolean {
  return (confidence ?? 0) >= TRUSTED_MATCH_CONFIDENCE && !flags.includes('address_disagrees');
}
