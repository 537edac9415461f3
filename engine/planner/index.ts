/**
 * Renovation planner for a landlord's stock: which house gets which package in which year, under a yearly budget,
 * a yearly house cap and the rental-ban calendar. Pure functions; see docs/planner.md.
 */
export type * from './types';
export { STRATEGIES } from './types';
export { planRenovations } from './planRenovations';
export { compareStrategies } from './compareStrategies';
export { validatePlanInput, MAX_PLAN_HOUSES, MAX_PLAN_YEARS } from './validatePlanInput';
export { banDates, NEVER } from './banDates';
export { targetRank } from './targetRank';
export { chooseOption } from './chooseOption';
export type { ChosenOption } from './chooseOption';
export { strategyKeys } from './strategyKeys';
export { checkPlanInvariants } from './checkPlanInvariants';
export { reportDeadlines } from './reportDeadlines';
export { PLAN_METHOD } from './planMethod';
