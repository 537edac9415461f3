import { SaxesParser } from 'saxes';
import * as enums from './dpeEnumLabels.js';
import * as v from './dpeValues.js';
import { DpeFormatError, type DpeEnergy, type DpeRecord } from './types.js';

const ADDRESS = 'administratif/geolocalisation/adresses/adresse_bien';
const GENERAL = 'logement/caracteristique_generale';
const OUT = 'logement/sortie';
const PER_ENERGY = `${OUT}/sortie_par_energie_collection/sortie_par_energie`;
const HEATING_GENERATOR =
  'logement/installation_chauffage_collection/installation_chauffage/generateur_chauffage_collection/generateur_chauffage/donnee_entree';
const HOT_WATER_GENERATOR =
  'logement/installation_ecs_collection/installation_ecs/generateur_ecs_collection/generateur_ecs/donnee_entree';

/** The elements read, by path under <dpe>; a repeated element is read at its first occurrence. */
const LEAVES = [
  'numero_dpe',
  'statut',
  'administratif/dpe_a_remplacer',
  'administratif/date_visite_diagnostiqueur',
  'administratif/date_etablissement_dpe',
  'administratif/enum_modele_dpe_id',
  'administratif/diagnostiqueur/version_moteur_calcul',
  'administratif/geolocalisation/id_batiment_rnb',
  ...['adresse_brut', 'code_postal_brut', 'nom_commune_brut'].map((n) => `${ADDRESS}/${n}`),
  ...['id', 'label', 'housenumber', 'street', 'postcode', 'city', 'citycode', 'type', 'score', 'x', 'y'].map(
    (n) => `${ADDRESS}/ban_${n}`,
  ),
  ...[
    'annee_construction',
    'enum_periode_construction_id',
    'enum_methode_application_dpe_log_id',
    'surface_habitable_logement',
    'surface_habitable_immeuble',
  ].map((n) => `${GENERAL}/${n}`),
  ...[
    'ep_conso_5_usages_m2',
    'classe_bilan_dpe',
    'ep_conso_ch',
    'ep_conso_ecs',
    'ep_conso_fr',
    'ep_conso_eclairage',
  ].map((n) => `${OUT}/ep_conso/${n}`),
  `${OUT}/ep_conso/ep_conso_totale_auxiliaire`,
  `${OUT}/ef_conso/conso_5_usages_m2`,
  `${OUT}/emission_ges/emission_ges_5_usages_m2`,
  `${OUT}/emission_ges/classe_emission_ges`,
  `${HEATING_GENERATOR}/enum_type_energie_id`,
  `${HEATING_GENERATOR}/enum_type_generateur_ch_id`,
  `${HOT_WATER_GENERATOR}/enum_type_energie_id`,
] as const;
type Leaf = (typeof LEAVES)[number];
const WANTED = new Set<string>(LEAVES);

/** A value read: its text (null when empty or xsi:nil) and the line it began on. */
interface Value {
  text: string | null;
  line: number;
}

/**
 * Reads one DPE as ADEME's API returns it (XML, root <dpe>, "dpe 3cl 2021 méthode logement"), streaming with saxes:
 * the administrative part, the raw address and its BAN geocode, the general characteristics, the official outputs of
 * <logement>/<sortie> and the first heating and hot-water generators. Enumerations are turned into ADEME's labels.
 * The source is the whole text, its UTF-8 bytes, or chunks of either (a file stream).
 *
 * Throws DpeFormatError for an XML that is cut or malformed (`line L`), whose root is not <dpe> (`<root>`), or that
 * lacks or garbles numero_dpe, date_etablissement_dpe, classe_bilan_dpe or ep_conso_5_usages_m2 (the element's path).
 */
export async function parseDpeXml(
  source: string | Uint8Array | AsyncIterable<string | Uint8Array>,
): Promise<DpeRecord> {
  const values = new Map<string, Value>();
  const energies: { type?: Value; final?: Value }[] = [];
  const stack: string[] = [];
  let capture: { path: string; text: string; nil: boolean; line: number } | null = null;
  const parser = new SaxesParser({ position: true });
  parser.on('error', (err) => {
    const message = err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
    throw new DpeFormatError(`not a complete XML document: ${message}`, `line ${parser.line}`);
  });
  parser.on('xmldecl', (decl) => {
    if (decl.encoding !== undefined && !/^utf-?8$/i.test(decl.encoding)) {
      throw new DpeFormatError(`encoding ${decl.encoding} is not read: ADEME's DPE XML are UTF-8`, 'line 1');
    }
  });
  parser.on('opentag', (tag) => {
    if (stack.length === 0 && tag.name !== 'dpe') {
      throw new DpeFormatError(
        `the root element is <${tag.name}>, a DPE's is <dpe>: not an ADEME DPE`,
        `<${tag.name}>`,
      );
    }
    stack.push(tag.name);
    const path = stack.slice(1).join('/');
    if (path === PER_ENERGY) energies.push({});
    const perEnergy = path === `${PER_ENERGY}/enum_type_energie_id` || path === `${PER_ENERGY}/conso_5_usages`;
    if ((WANTED.has(path) && !values.has(path)) || perEnergy) {
      capture = { path, text: '', nil: tag.attributes['xsi:nil'] === 'true', line: parser.line };
    }
  });
  const onText = (t: string) => {
    if (capture !== null) capture.text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const path = stack.slice(1).join('/');
    stack.pop();
    if (capture === null || capture.path !== path) return;
    const value: Value = { text: capture.nil ? null : v.text(capture.text), line: capture.line };
    capture = null;
    if (path.startsWith(`${PER_ENERGY}/`)) {
      const entry = energies[energies.length - 1]!;
      if (path.endsWith('/conso_5_usages')) entry.final = value;
      else entry.type = value;
    } else {
      values.set(path, value);
    }
  });

  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (bytes?: Uint8Array): string => {
    try {
      return bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
    } catch {
      throw new DpeFormatError('not UTF-8 text: ADEME publishes its DPE XML in UTF-8', `line ${parser.line}`);
    }
  };
  if (typeof source === 'string') parser.write(source);
  else if (source instanceof Uint8Array) parser.write(decode(source));
  else for await (const chunk of source) parser.write(typeof chunk === 'string' ? chunk : decode(chunk));
  parser.write(decode());
  parser.close();
  return toRecord(values, energies);
}

/** `a/b/c` → `<a>/<b>/<c>`, how the errors name an element. */
const element = (path: string): string => path.replace(/[^/]+/g, '<$&>');

/** The record from the values read; throws for a missing or unreadable value the record needs. */
function toRecord(values: ReadonlyMap<string, Value>, perEnergy: { type?: Value; final?: Value }[]): DpeRecord {
  const raw = (path: Leaf): string | null => values.get(path)?.text ?? null;
  const at = (path: string, value?: Value): string => element(path) + (value ? ` (line ${value.line})` : '');
  const read = <T>(path: Leaf, reader: (raw: string | null, field: string, where: string) => T): T =>
    reader(raw(path), path.slice(path.lastIndexOf('/') + 1), at(path, values.get(path)));
  const need = (path: Leaf): string => v.required(raw(path), path.slice(path.lastIndexOf('/') + 1), at(path));
  const num = (path: Leaf) => read(path, v.number);
  /** ADEME's label for the enumeration id at `path` (a Leaf, or an element of <sortie_par_energie>). */
  const enumLabel = (path: string, table: Readonly<Record<string, string>>, value = values.get(path)) => {
    const id = v.text(value?.text);
    if (id === null) return null;
    const found = Object.hasOwn(table, id) ? table[id] : undefined;
    if (found === undefined) {
      const name = path.slice(path.lastIndexOf('/') + 1);
      throw new DpeFormatError(`${name} ${id} is not in ADEME's enumeration (dpeEnumLabels.ts)`, at(path, value));
    }
    return found;
  };

  need('numero_dpe');
  need('administratif/date_etablissement_dpe');
  need(`${OUT}/ep_conso/classe_bilan_dpe`);
  need(`${OUT}/ep_conso/ep_conso_5_usages_m2`);
  const issueDate = read('administratif/date_etablissement_dpe', v.isoDate)!;
  const method = enumLabel(`${GENERAL}/enum_methode_application_dpe_log_id`, enums.METHODE_APPLICATION_DPE_LOG);
  const buildingType = method === null ? null : v.buildingTypeOfMethod(method);
  const energies: DpeEnergy[] = perEnergy.map((e, i) => {
    const where = `${PER_ENERGY}[${i + 1}]`;
    const energy = enumLabel(`${where}/enum_type_energie_id`, enums.TYPE_ENERGIE, e.type);
    if (energy === null) throw new DpeFormatError('enum_type_energie_id is missing or blank', element(where));
    return { energy, final_kwh: v.number(e.final?.text, 'conso_5_usages', at(`${where}/conso_5_usages`, e.final)) };
  });
  const rawAddress = raw(`${ADDRESS}/adresse_brut`);
  return {
    number: need('numero_dpe'),
    dataset: 'ademe-xml',
    status: raw('statut')?.toUpperCase() ?? null,
    replaces_number: raw('administratif/dpe_a_remplacer'),
    visit_date: read('administratif/date_visite_diagnostiqueur', v.isoDate),
    issue_date: issueDate,
    // ADEME's XML carries no end of validity; ADEME's own rule dates it.
    valid_until: v.tenYearsAfter(issueDate),
    model: enumLabel('administratif/enum_modele_dpe_id', enums.MODELE_DPE),
    method,
    engine_version: raw('administratif/diagnostiqueur/version_moteur_calcul'),
    building_type: buildingType,
    living_area_m2:
      num(`${GENERAL}/surface_habitable_logement`) ??
      (buildingType === 'building' ? num(`${GENERAL}/surface_habitable_immeuble`) : null),
    year_built: read(`${GENERAL}/annee_construction`, v.integer),
    construction_period: enumLabel(`${GENERAL}/enum_periode_construction_id`, enums.PERIODE_CONSTRUCTION),
    energy_class: read(`${OUT}/ep_conso/classe_bilan_dpe`, v.dpeClass)!,
    ghg_class: read(`${OUT}/emission_ges/classe_emission_ges`, v.dpeClass),
    primary_kwh_m2: num(`${OUT}/ep_conso/ep_conso_5_usages_m2`)!,
    final_kwh_m2: num(`${OUT}/ef_conso/conso_5_usages_m2`),
    ghg_kg_m2: num(`${OUT}/emission_ges/emission_ges_5_usages_m2`),
    uses: {
      heating_kwh: num(`${OUT}/ep_conso/ep_conso_ch`),
      hot_water_kwh: num(`${OUT}/ep_conso/ep_conso_ecs`),
      cooling_kwh: num(`${OUT}/ep_conso/ep_conso_fr`),
      lighting_kwh: num(`${OUT}/ep_conso/ep_conso_eclairage`),
      auxiliaries_kwh: num(`${OUT}/ep_conso/ep_conso_totale_auxiliaire`),
    },
    energies,
    heating_energy: enumLabel(`${HEATING_GENERATOR}/enum_type_energie_id`, enums.TYPE_ENERGIE),
    hot_water_energy: enumLabel(`${HOT_WATER_GENERATOR}/enum_type_energie_id`, enums.TYPE_ENERGIE),
    heating_generator: enumLabel(`${HEATING_GENERATOR}/enum_type_generateur_ch_id`, enums.TYPE_GENERATEUR_CH),
    // A multi-line address field: its lines joined by spaces.
    address_raw: rawAddress === null ? null : rawAddress.replace(/\r?\n/g, ' '),
    postcode_raw: raw(`${ADDRESS}/code_postal_brut`),
    commune_raw: raw(`${ADDRESS}/nom_commune_brut`),
    ban_id: raw(`${ADDRESS}/ban_id`),
    ban_label: raw(`${ADDRESS}/ban_label`),
    ban_housenumber: raw(`${ADDRESS}/ban_housenumber`),
    ban_street: raw(`${ADDRESS}/ban_street`),
    ban_postcode: raw(`${ADDRESS}/ban_postcode`),
    ban_city: raw(`${ADDRESS}/ban_city`),
    ban_citycode: raw(`${ADDRESS}/ban_citycode`),
    ban_type: raw(`${ADDRESS}/ban_type`),
    ban_score: num(`${ADDRESS}/ban_score`),
    ban_x_l93: num(`${ADDRESS}/ban_x`),
    ban_y_l93: num(`${ADDRESS}/ban_y`),
    rnb_id: read('administratif/geolocalisation/id_batiment_rnb', v.rnbId),
  };
}
