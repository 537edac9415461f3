/** Solar water heater (CESI): f-chart, mains-water temperature, sizing for northern France, payback and NPV. */
export type { FChartMonth, FChartMonthly, FChartResult, FChartSystem } from './types';
export { fChart, fChartFraction } from './fChart';
export { mainsTemperature } from './mainsTemperature';
export { checkMonthly, MONTH_DAYS } from './checkMonthly';
export { parseCesi, CLIMATE_ZONES, INCOME_BANDS } from './parseCesi';
export type { CesiFixture, ClimateZone, IncomeBand } from './parseCesi';
export { checkCesiRequest, CESI_REQUEST_BOUNDS } from './checkCesiRequest';
export { sizeCesi } from './sizeCesi';
export type { CesiSize } from './sizeCesi';
export { evaluateCesi } from './evaluateCesi';
export type { CesiEvaluation, CesiInput } from './evaluateCesi';
