import type { Database, Queryable } from '../../db/types.js';
import { sql } from '../../db/sql.js';
import { AppError } from '../../errors/AppError.js';
import { emptyReport, matchWithoutKeeping, type DpeFileReport, type TrialMatch } from '../dpe/importDpe.js';
import { readDpeSource } from '../dpe/readDpeSource.js';
import { DpeFormatError } from '../dpe/types.js';
import type { Caller } from './auth.js';
import { isCalendarDay } from '../../../../engine/renovation/index.js';
import { isTrustedMatch } from '../dpe/matchRules.js';

/**
 * A landlord's own diagnostics: DPE files (ADEME's CSV in either schema, XML, a zip of them) read and matched as the
 * public import does, but kept only in the private attributes of the organisation's own buildings (dpe_* keys), never
 * in the public register. Plans and stock estimates of that organisation then start from them where they are valid.
 */

/** The private attributes one diagnostic is kept as (flat values: private attributes hold no objects). */
export interface PrivateDpeAttributes {
  dpe_number: string;
  dpe_class: string;
  dpe_ep_kwh_m2: number;
  dpe_class_2026: string | null;
  dpe_ep_kwh_m2_2026: number | null;
  dpe_ghg_kg_m2: number | null;
  dpe_issue_date: string;
  dpe_valid_until: string;
  /** How the file's record was matched to the building (rnb, ban_inside, ban_nearest, address). */
  dpe_match: string;
}

/** A private label as plans use it on a day. */
export interface PrivateLabel {
  number: string;
  letter: string;
  /** null when the attributes give no primary energy (a hand-typed class only). */
  ep_kwh_m2: number | null;
  issue_date: string;
}

const LETTER = /^[A-G]$/;

const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && isCalendarDay(v);

/**
 * The label a building's private attributes give on `date` (YYYY-MM-DD), or null: the dpe_* keys an upload writes, or
 * a landlord typed in (dpe_number, dpe_class A–G, dpe_issue_date and dpe_valid_until as days; dpe_ep_kwh_m2,
 * dpe_class_2026 and dpe_ep_kwh_m2_2026 optional). Malformed values make it unusable, never an error. From 1 January
 * 2026 the class under the 1.9 electricity factor is used when given, as for ADEME's records.
 */
export function privateLabelOf(attributes: Record<string, unknown>, date: string): PrivateLabel | null {
  const a = attributes;
  if (typeof a.dpe_number !== 'string' || a.dpe_number.trim() === '') return null;
  if (typeof a.dpe_class !== 'string' || !LETTER.test(a.dpe_class)) return null;
  if (!isDay(a.dpe_issue_date) || !isDay(a.dpe_valid_until)) return null;
  if (a.dpe_issue_date > date || a.dpe_valid_until < date) return null;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null);
  const use2026 = date >= '2026-01-01' && typeof a.dpe_class_2026 === 'string' && LETTER.test(a.dpe_class_2026);
  return {
    number: a.dpe_number.trim(),
    letter: use2026 ? (a.dpe_class_2026 as string) : a.dpe_class,
    ep_kwh_m2: use2026 ? (num(a.dpe_ep_kwh_m2_2026) ?? num(a.dpe_ep_kwh_m2)) : num(a.dpe_ep_kwh_m2),
    issue_date: a.dpe_issue_date,
  };
}

/** The valid private labels of organisation `organisationId`'s buildings among `ids` on `date`, by building. */
export async function privateLabels(
  db: Queryable,
  ids: number[],
  organisationId: number,
  date: string,
): Promise<Map<number, PrivateLabel>> {
  const rows = await db.query<{ building_id: number; attributes: Record<string, unknown> }>(sql('dpe/private_labels'), [
    ids,
    organisationId,
  ]);
  const out = new Map<number, PrivateLabel>();
  for (const r of rows.rows) {
    const label = privateLabelOf(r.attributes, date);
    if (label) out.set(r.building_id, label);
  }
  return out;
}

/** Why a record of an upload was not kept. */
export type PrivateDpeSkipReason =
  DpeFileReportSkip | 'unmatched' | 'untrusted_match' | 'not_owned' | 'other_dwelling_kept' | 'older_than_kept';
type DpeFileReportSkip = keyof DpeFileReport['skipped'];

export interface PrivateDpeReport {
  dry_run: boolean;
  files: { file: string; dataset: string | null; read: number }[];
  read: number;
  /** Records written into a building's private attributes (or that would be, in a dry run): one per building. */
  written: number;
  /** Records the building already keeps as they are. */
  unchanged: number;
  skipped: Record<PrivateDpeSkipReason, number>;
  houses: {
    building_id: number;
    dpe_number: string;
    letter: string;
    issue_date: string;
    valid_until: string;
    match_method: string;
    match_confidence: number;
  }[];
  /** Records matched too loosely to be used (set them by hand with PUT /buildings/{id}/private if they are right). */
  untrusted: {
    dpe_number: string;
    building_id: number;
    match_method: string;
    match_confidence: number;
    match_flags: string[];
  }[];
}

/** The worse class first, then the newest: the record a block's several DPEs are kept as (as for public labels). */
const before = (a: TrialMatch, b: TrialMatch) =>
  a.energy_class !== b.energy_class
    ? a.energy_class > b.energy_class
    : a.issue_date !== b.issue_date
      ? a.issue_date > b.issue_date
      : a.number < b.number;

function attributesOf(m: TrialMatch): PrivateDpeAttributes {
  return {
    dpe_number: m.number,
    dpe_class: m.energy_class,
    dpe_ep_kwh_m2: m.primary_kwh_m2,
    dpe_class_2026: m.energy_class_2026,
    dpe_ep_kwh_m2_2026: m.primary_kwh_m2_2026,
    dpe_ghg_kg_m2: m.ghg_kg_m2,
    dpe_issue_date: m.issue_date,
    dpe_valid_until: m.valid_until,
    dpe_match: m.match_method ?? '',
  };
}

/**
 * Reads the DPE file at `file` (a .csv, .xml or .zip; `name` is what the caller called it) and keeps each record
 * matched firmly to one of the caller's buildings in that building's private attributes, all in one transaction: a
 * file that cannot be read (a malformed row, a cut XML, another dataset) is a 422 naming it and nothing is written.
 * A building keeps one diagnostic: of several (flats), the worst class; a record older than the one it keeps does not
 * replace it. `dryRun`: the same report, nothing written.
 */
export async function uploadPrivateDpe(
  db: Database,
  caller: Caller,
  file: string,
  name: string,
  dryRun: boolean,
): Promise<PrivateDpeReport> {
  const report: PrivateDpeReport = {
    dry_run: dryRun,
    files: [],
    read: 0,
    written: 0,
    unchanged: 0,
    skipped: {
      superseded: 0,
      not_deposited: 0,
      not_a_dwelling: 0,
      repeated_in_file: 0,
      outside_territory: 0,
      unmatched: 0,
      untrusted_match: 0,
      not_owned: 0,
      other_dwelling_kept: 0,
      older_than_kept: 0,
    },
    houses: [],
    untrusted: [],
  };
  const shown = (f: string) => f.split(file).join(name);
  /** The file being read, for errors that do not name it. */
  let current = name;
  try {
    await db.transaction(async (tx) => {
      const chosen = new Map<number, TrialMatch[]>();
      const loose: TrialMatch[] = [];
      for await (const source of readDpeSource(file)) {
        current = shown(source.file);
        const fileReport = emptyReport(shown(source.file));
        const matches = await matchWithoutKeeping(tx, source, fileReport);
        report.files.push({ file: fileReport.file, dataset: fileReport.dataset, read: fileReport.read });
        report.read += fileReport.read;
        for (const [k, n] of Object.entries(fileReport.skipped)) report.skipped[k as DpeFileReportSkip] += n;
        for (const m of matches) {
          if (m.superseded_by !== null) report.skipped.superseded++;
          else if (m.building_id === null) report.skipped.unmatched++;
          else if (!isTrustedMatch(m.match_confidence, m.match_flags)) loose.push(m);
          else {
            const list = chosen.get(m.building_id) ?? [];
            // The same number in two files of one upload is one record.
            if (!list.some((k) => k.number === m.number)) list.push(m);
            chosen.set(m.building_id, list);
          }
        }
      }
      await keep(tx, caller, chosen, loose, report, dryRun);
    });
  } catch (error) {
    if (!(error instanceof DpeFormatError)) throw error;
    const message = shown(error.message);
    throw new AppError(422, 'invalid_dpe_file', message.startsWith(current) ? message : `${current}: ${message}`);
  }
  return report;
}

async function keep(
  tx: Queryable,
  caller: Caller,
  chosen: Map<number, TrialMatch[]>,
  loose: TrialMatch[],
  report: PrivateDpeReport,
  dryRun: boolean,
): Promise<void> {
  const ids = [...new Set([...chosen.keys(), ...loose.map((m) => m.building_id!)])];
  const owned = new Map(
    (
      await tx.query<{ id: number; attributes: Record<string, unknown> }>(sql('dpe/private_owned'), [ids, caller.id])
    ).rows.map((r) => [r.id, r.attributes]),
  );
  // Loose matches are shown to the landlord only on its own buildings (another's stay theirs: not_owned).
  for (const m of loose) {
    if (!owned.has(m.building_id!)) {
      report.skipped.not_owned++;
      continue;
    }
    report.skipped.untrusted_match++;
    report.untrusted.push({
      dpe_number: m.number,
      building_id: m.building_id!,
      match_method: m.match_method ?? '',
      match_confidence: m.match_confidence ?? 0,
      match_flags: m.match_flags,
    });
  }
  const patches: { id: number; patch: PrivateDpeAttributes }[] = [];
  for (const [id, list] of [...chosen].sort((a, b) => a[0] - b[0])) {
    const current = owned.get(id);
    if (!current) {
      report.skipped.not_owned += list.length;
      continue;
    }
    const m = list.reduce((kept, r) => (before(r, kept) ? r : kept));
    report.skipped.other_dwelling_kept += list.length - 1;
    const patch = attributesOf(m);
    if (typeof current.dpe_issue_date === 'string' && current.dpe_number !== m.number) {
      if (current.dpe_issue_date > m.issue_date) {
        report.skipped.older_than_kept++;
        continue;
      }
    }
    const same = (Object.keys(patch) as (keyof PrivateDpeAttributes)[]).every((k) => current[k] === patch[k]);
    if (same) report.unchanged++;
    else {
      report.written++;
      patches.push({ id, patch });
    }
    report.houses.push({
      building_id: id,
      dpe_number: m.number,
      letter: m.energy_class,
      issue_date: m.issue_date,
      valid_until: m.valid_until,
      match_method: m.match_method ?? '',
      match_confidence: m.match_confidence ?? 0,
    });
  }
  if (dryRun || patches.length === 0) return;
  await tx.query(sql('dpe/private_write'), [JSON.stringify(patches), caller.id]);
}
