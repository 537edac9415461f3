import type { Queryable } from '../../db/types.js';
import { sql } from '../../db/sql.js';
import { BAN_NEAREST_MAX_M, houseNumberOf, matchConfidence, streetWords, type MatchFlag } from './matchRules.js';

export type MatchMethod = 'rnb' | 'ban_inside' | 'ban_nearest' | 'address';

export interface MatchCounts {
  rnb: number;
  ban_inside: number;
  ban_nearest: number;
  address: number;
  unmatched: number;
}

interface Match {
  number: string;
  building_id: number;
  method: MatchMethod;
  distance_m: number | null;
  confidence: number;
}

export const emptyMatchCounts = (): MatchCounts => ({
  rnb: 0,
  ban_inside: 0,
  ban_nearest: 0,
  address: 0,
  unmatched: 0,
});

/**
 * Matches the unmatched records among `numbers` to buildings, in the order of trust (ADEME's own order, as the
 * zero-logement-vacant import does: RNB first, BAN second), each step on what the previous left:
 *  1. RNB id: the building whose rnb_ids holds it;
 *  2. BAN house-number point: inside a footprint (ban_inside), else the nearest footprint within BAN_NEAREST_MAX_M
 *     (ban_nearest); a street or commune geocode is no point of a house and is not used;
 *  3. address text: the one building of the same commune whose address has the record's house number and shares a
 *     street word with it (two or more such buildings: no match), among the first 50 by id of that commune and number;
 *     one statement for all the records (address_candidates), the words compared here.
 * Flats of one block all match the block: a building keeps all its DPEs, each its own row.
 */
export async function matchDpeRecords(db: Queryable, numbers: string[]): Promise<MatchCounts> {
  const counts = emptyMatchCounts();
  if (numbers.length === 0) return counts;
  counts.rnb = (await db.query(sql('dpe/match_rnb'), [numbers])).rows.length;

  const matches: Match[] = [];
  const seen = new Set<string>();
  const ban = await db.query<{
    number: string;
    ban_score: number | null;
    match_flags: MatchFlag[];
    building_id: number;
    distance_m: number;
  }>(sql('dpe/ban_candidates'), [numbers, BAN_NEAREST_MAX_M]);
  for (const c of ban.rows) {
    if (seen.has(c.number)) continue; // rows come nearest first
    seen.add(c.number);
    const method: MatchMethod = c.distance_m <= 0.01 ? 'ban_inside' : 'ban_nearest';
    const distance = method === 'ban_inside' ? 0 : Math.round(c.distance_m * 10) / 10;
    matches.push({
      number: c.number,
      building_id: c.building_id,
      method,
      distance_m: distance,
      confidence: matchConfidence(method, c.ban_score, distance, c.match_flags),
    });
    counts[method]++;
  }

  const pending = await db.query<{
    number: string;
    address_raw: string;
    citycode: string;
    city: string | null;
    match_flags: MatchFlag[];
  }>(sql('dpe/address_pending'), [numbers]);
  // One statement for every lookup: records of one address (the flats of a block) share theirs.
  const lookups: { k: number; citycode: string; city: string; house_number: string }[] = [];
  const lookupOf = new Map<string, number>();
  const wanted: { p: (typeof pending.rows)[number]; number: string; words: Set<string>; k: number }[] = [];
  for (const p of pending.rows) {
    if (seen.has(p.number)) continue;
    const number = houseNumberOf(p.address_raw);
    const words = new Set(streetWords(p.address_raw));
    if (!number || words.size === 0 || (!p.citycode && !p.city)) continue;
    const city = p.citycode ? '' : (p.city ?? ''); // the name counts only without a code
    const key = `${p.citycode}\u0000${city}\u0000${number}`;
    let k = lookupOf.get(key);
    if (k === undefined) {
      k = lookups.length;
      lookupOf.set(key, k);
      lookups.push({ k, citycode: p.citycode, city, house_number: number });
    }
    wanted.push({ p, number, words, k });
  }
  const candidatesOf = new Map<number, { id: number; address: string; words: string[] }[]>();
  if (lookups.length > 0) {
    const rows = await db.query<{ k: number; id: number; address: string }>(sql('dpe/address_candidates'), [
      JSON.stringify(lookups),
    ]);
    for (const r of rows.rows) {
      let list = candidatesOf.get(r.k);
      if (!list) candidatesOf.set(r.k, (list = []));
      list.push({ id: r.id, address: r.address, words: streetWords(r.address) });
    }
  }
  for (const { p, number, words, k } of wanted) {
    const same = (candidatesOf.get(k) ?? []).filter(
      (b) => houseNumberOf(b.address) === number && b.words.some((w) => words.has(w)),
    );
    if (same.length !== 1) continue;
    seen.add(p.number);
    matches.push({
      number: p.number,
      building_id: same[0]!.id,
      method: 'address',
      distance_m: null,
      confidence: matchConfidence('address', null, null, p.match_flags),
    });
    counts.address++;
  }
  if (matches.length > 0) await db.query(sql('dpe/set_match'), [JSON.stringify(matches)]);
  counts.unmatched = numbers.length - counts.rnb - matches.length;
  return counts;
}
