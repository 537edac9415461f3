/**
 * Words for the codes of the renovation estimate: the dwelling's systems (engine/thermal's names), construction
 * periods ("1915_1948"), the language's half of the API's bilingual notice, and a state's rental status.
 */
import type { DwellingState } from '../../../contracts';
import { formatDayDate, t, type Lang } from './i18n';

const SYSTEMS: Record<Lang, Record<string, string>> = {
  fr: {
    gas_boiler_standard: 'Chaudière gaz standard',
    gas_boiler_condensing: 'Chaudière gaz à condensation',
    oil_boiler: 'Chaudière fioul',
    coal_stove: 'Poêle à charbon',
    wood_stove: 'Poêle à bois',
    electric_direct: 'Convecteurs électriques',
    heat_pump_air_water: 'Pompe à chaleur air/eau',
    heat_pump_air_air: 'Pompe à chaleur air/air',
    district_heat: 'Réseau de chaleur',
    gas_combi: 'Chaudière gaz mixte',
    gas_boiler_tank: 'Chaudière gaz avec ballon',
    electric_tank: 'Ballon électrique',
    thermodynamic_tank: 'Chauffe-eau thermodynamique',
    solar_water_heater_electric_backup: 'Chauffe-eau solaire (appoint électrique)',
    oil_boiler_tank: 'Chaudière fioul avec ballon',
    natural: 'Naturelle (sans VMC)',
    vmc_simple: 'VMC simple flux',
    vmc_hygro_b: 'VMC hygroréglable B',
    double_flow: 'VMC double flux',
  },
  en: {
    gas_boiler_standard: 'Standard gas boiler',
    gas_boiler_condensing: 'Condensing gas boiler',
    oil_boiler: 'Oil boiler',
    coal_stove: 'Coal stove',
    wood_stove: 'Wood stove',
    electric_direct: 'Electric convectors',
    heat_pump_air_water: 'Air-to-water heat pump',
    heat_pump_air_air: 'Air-to-air heat pump',
    district_heat: 'District heating',
    gas_combi: 'Gas combi boiler',
    gas_boiler_tank: 'Gas boiler with tank',
    electric_tank: 'Electric water tank',
    thermodynamic_tank: 'Heat-pump water heater',
    solar_water_heater_electric_backup: 'Solar water heater (electric backup)',
    oil_boiler_tank: 'Oil boiler with tank',
    natural: 'Natural (no fan)',
    vmc_simple: 'Extract fan (single flow)',
    vmc_hygro_b: 'Humidity-controlled extract fan',
    double_flow: 'Heat-recovery ventilation',
  },
};

/** A heating, hot-water or ventilation code in words; an unknown code is shown as it is. */
export function systemLabel(lang: Lang, code: string): string {
  return SYSTEMS[lang][code] ?? code;
}

const CARRIERS: Record<Lang, Record<string, string>> = {
  fr: {
    electricity: 'électricité',
    gas: 'gaz',
    oil: 'fioul',
    wood: 'bois bûche',
    wood_pellets: 'granulés de bois',
    district_heat: 'réseau de chaleur',
    lpg: 'GPL',
    coal: 'charbon',
  },
  en: {
    electricity: 'electricity',
    gas: 'gas',
    oil: 'heating oil',
    wood: 'logs',
    wood_pellets: 'wood pellets',
    district_heat: 'district heat',
    lpg: 'LPG',
    coal: 'coal',
  },
};

/** An energy carrier of the price table in words; an unknown one as it is. */
export function carrierLabel(lang: Lang, carrier: string): string {
  return CARRIERS[lang][carrier] ?? carrier;
}

/** "pre1915" → "avant 1915", "1915_1948" → "1915–1948", "2006_plus" → "2006 et après"; others as they are. */
export function ageBandLabel(lang: Lang, band: string): string {
  const before = /^pre(\d{4})$/.exec(band);
  if (before) return t(lang, 'renoAgeBefore', { year: before[1]! });
  const range = /^(\d{4})_(\d{4})$/.exec(band);
  if (range) return `${range[1]}–${range[2]}`;
  const from = /^(\d{4})_plus$/.exec(band);
  if (from) return t(lang, 'renoAgeFrom', { year: from[1]! });
  return band;
}

/**
 * The API's notice is one string, French then English after " / "; each reader gets their half (the whole string
 * when it has no such separator).
 */
export function noticeIn(lang: Lang, notice: string): string {
  const at = notice.lastIndexOf(' / ');
  if (at < 0) return notice;
  return (lang === 'fr' ? notice.slice(0, at) : notice.slice(at + 3)).trim();
}

/** « Location interdite depuis le 1er janvier 2025 », « … à partir du 1er janvier 2028 », « Location autorisée ». */
export function rentalText(lang: Lang, state: Pick<DwellingState, 'rental'>): string {
  const { allowed, banned_from } = state.rental;
  if (!allowed) return t(lang, 'renoRentalBanned', { date: formatDayDate(lang, banned_from ?? '') });
  if (banned_from !== null) return t(lang, 'renoRentalBannedFrom', { date: formatDayDate(lang, banned_from) });
  return t(lang, 'renoRentalAllowed');
}
