/**
 * Local time in Lens (Europe/Paris: UTC+1 in winter, UTC+2 in summer) ↔ UTC instants, through Intl's time-zone
 * database, so that the hour slider speaks the users' clock time whatever the browser's own zone.
 */

export const TIME_ZONE = 'Europe/Paris';

/** A local calendar date and time of day. */
export interface LocalTime {
  /** 'YYYY-MM-DD'. */
  date: string;
  /** Minutes since local midnight, within [0, 1440). */
  minutes: number;
}

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function fields(utcMs: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of parts.formatToParts(new Date(utcMs))) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** Offset of Paris time from UTC at an instant [min]: 60 or 120. */
export function parisOffsetMinutes(utcMs: number): number {
  const f = fields(utcMs);
  const asUtc = Date.UTC(f.year!, f.month! - 1, f.day!, f.hour!, f.minute!, f.second!);
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/** The Paris date and time of day of an instant [ms since 1970 UTC]. */
export function parisTime(utcMs: number): LocalTime {
  if (!Number.isFinite(utcMs)) throw new RangeError(`utcMs must be finite, got ${utcMs}`);
  const f = fields(utcMs);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return { date: `${pad(f.year!, 4)}-${pad(f.month!)}-${pad(f.day!)}`, minutes: f.hour! * 60 + f.minute! };
}

/**
 * The instant of a Paris date and time of day [ms since 1970 UTC]. A time skipped when clocks go forward
 * (02:00–03:00 on the last Sunday of March) maps to the same minutes after 03:00.
 * @param date 'YYYY-MM-DD'
 * @param minutes since local midnight, within [0, 1440]
 */
export function parisToUtc(date: string, minutes: number): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`date must be YYYY-MM-DD, got ${date}`);
  if (!(minutes >= 0 && minutes <= 1440)) throw new RangeError(`minutes must be within [0, 1440], got ${minutes}`);
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + minutes * 60_000;
  // The offset at the instant found, looked up twice: right on both sides of a change of offset.
  const first = wall - parisOffsetMinutes(wall) * 60_000;
  return wall - parisOffsetMinutes(first) * 60_000;
}

/** 'HH:MM' for minutes since midnight. */
export function formatClock(minutes: number): string {
  const m = Math.round(minutes) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
