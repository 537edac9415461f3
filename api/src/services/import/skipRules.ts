import { parseFlag, parseText } from './parseValues.js';

const truthy = (value: unknown): boolean => {
  if (typeof value === 'string' && /^(oui|o|vrai|y)$/i.test(value.trim())) return true;
  return parseFlag(value) === true;
};

/**
 * Why a record is not a building to import, or null. BD TOPO (IGN): objects marked deleted in differential
 * deliveries (`gcms_detruit`, a destruction date, or `etat_de_l_objet` "Détruit"), light structures
 * (`construction_legere` in v3, `LEGER` in the v2 shapefiles: sheds, canopies, greenhouses without walls), ruins and
 * buildings not built yet (`etat_de_l_objet` "En ruine", "En projet", "En construction"). OSM: `building=no`.
 */
export function skipReason(props: Record<string, unknown>): string | null {
  if (truthy(props.gcms_detruit) || truthy(props.detruit)) return 'BD TOPO: deleted (gcms_detruit)';
  if (parseText(props.gcms_date_destruction ?? props.date_destruction ?? props.date_de_destruction))
    return 'BD TOPO: deleted (destruction date)';
  const state = (parseText(props.etat_de_l_objet ?? props.ETAT ?? props.etat) ?? '').toLowerCase();
  if (/d[ée]truit|d[ée]moli|supprim/.test(state)) return 'BD TOPO: deleted (etat_de_l_objet)';
  if (truthy(props.construction_legere) || truthy(props.LEGER) || truthy(props.leger))
    return 'BD TOPO: light structure (construction légère)';
  if (/ruine/.test(state)) return 'BD TOPO: ruin (etat_de_l_objet)';
  if (/en projet|en construction/.test(state)) return `BD TOPO: not built yet (${state})`;
  const building = parseText(props.building);
  if (building && building.toLowerCase() === 'no') return 'OSM: building=no';
  return null;
}
