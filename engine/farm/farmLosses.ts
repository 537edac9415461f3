import { DEFAULT_LOSSES, pvwattsLosses } from '../pv/pvwattsLosses';

/**
 * System losses of a farm [%]: PVWatts v5's defaults (Dobos 2014, NREL/TP-6A20-62641, Table 1) without their 3 %
 * shading item, since the farm's inter-row shading and horizon are computed: 100·(1 − 0.98·0.98·0.98·0.995·0.985·
 * 0.99·0.97) ≈ 11.42 %.
 */
export const FARM_LOSSES_PCT = pvwattsLosses({ ...DEFAULT_LOSSES, shading_pct: 0 });
