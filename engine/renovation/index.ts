/** Renovation of a dwelling: measure catalogue, effects on the heat-balance input, costs, MaPrimeRénov', rental ban, bills. */
export type * from './types';
export { DPE_CLASSES, INCOME_BANDS } from './types';
export { parseRenovationCatalogue } from './parseRenovationCatalogue';
export { DEFAULT_RENOVATION_CATALOGUE_PATH, loadRenovationCatalogue } from './loadRenovationCatalogue';
export { combinedU } from './combinedU';
export { checkDwelling } from './checkDwelling';
export { selectMeasures } from './selectMeasures';
export { applyMeasures } from './applyMeasures';
export { measureCost } from './measureCost';
export type { MeasureCostLine, MeasureCostResult } from './measureCost';
export { packageMeasures } from './packageMeasures';
export { incomeBand } from './incomeBand';
export { maPrimeRenov } from './maPrimeRenov';
export type { MaPrimeRenovInput, MaPrimeRenovResult, Owner } from './maPrimeRenov';
export { rentalBan } from './rentalBan';
export type { RentalBanResult } from './rentalBan';
export { energyBill } from './energyBill';
export type { EnergyBill } from './energyBill';
