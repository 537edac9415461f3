/**
 * Relative hourly shapes of the household load, local time, hour 0 = 00:00–01:00. They are our own, drawn to
 * follow the published characteristics of French residential load curves (Enedis RES1/RES2 profiles; ADEME/RTE/
 * Enertech Panel Elecdom): a night trough at 3–5 h, a morning peak at 7–8 h on weekdays (later and flatter at
 * weekends), a midday shoulder (higher at weekends), the evening peak at 19–21 h. Not a fit to any data set.
 */

/** Appliances and cooking, Monday–Friday [-] */
export const WEEKDAY_SHAPE = [
  0.55, 0.45, 0.4, 0.38, 0.38, 0.42, 0.65, 0.95, 0.9, 0.7, 0.65, 0.7, 0.8, 0.75, 0.65, 0.62, 0.68, 0.85, 1.1, 1.3, 1.35,
  1.2, 0.95, 0.75,
] as const;

/** Appliances and cooking, Saturday–Sunday [-] */
export const WEEKEND_SHAPE = [
  0.6, 0.5, 0.43, 0.4, 0.38, 0.4, 0.48, 0.65, 0.85, 0.95, 0.95, 1.0, 1.1, 1.0, 0.85, 0.78, 0.8, 0.9, 1.1, 1.28, 1.3,
  1.15, 0.95, 0.75,
] as const;

/** Lighting within a day [-]: dark waking hours, evening first; scaled by season in householdLoad. */
export const LIGHTING_SHAPE = [
  0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.5, 0.7, 0.3, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.15, 0.3, 0.7, 1.0, 1.0, 1.0, 0.9,
  0.6, 0.3,
] as const;
