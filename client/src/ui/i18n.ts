/** Interface texts in French (default) and English, and number formatting as each audience expects. */
import type { Heating } from '../data/requests';
import { farmEn, farmFr } from './farmMessages';
import { landlordEn, landlordFr } from './landlordMessages';
import { lidarEn, lidarFr } from './lidarMessages';
import { pvEn, pvFr } from './pvMessages';
import { a11yEn, a11yFr } from './a11yMessages';
import { renovationEn, renovationFr } from './renovationMessages';

export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

const fr = {
  title: 'Cadastre solaire du Bassin minier',
  subtitle: 'Lens · Liévin',
  sceneLabel:
    'Vue 3D des bâtiments : glisser pour tourner, clic droit ou Maj+glisser pour déplacer, molette pour zoomer, cliquer sur un bâtiment pour le détail',
  searchLabel: 'Adresse ou cité',
  searchButton: 'Rechercher',
  searchNone: 'Aucun résultat',
  searchError: 'La recherche a échoué',
  searchResults: 'Résultats de recherche',
  langToggle: 'EN',
  langToggleLabel: 'Switch to English',
  loading: 'Chargement des bâtiments…',
  loadingTiles: 'tuiles',
  loadError: 'Les données n’ont pas pu être chargées',
  retry: 'Réessayer',
  buildingsCount: 'bâtiments',
  heapsCount: 'terrils',
  tilesFailed: 'zones non chargées',
  legendTitle: 'Type de bâti',
  legendHeap: 'Terril',
  legendSelected: 'Bâtiment sélectionné',
  notice: 'Maisons fictives générées dans les périmètres réels des cités minières',
  attribution: 'Mission Bassin Minier Nord-Pas de Calais / data.gouv.fr (Licence Ouverte 2.0)',
  attributionPrefix: 'Périmètres des cités et terrils :',
  close: 'Fermer',
  closePanel: 'Fermer le panneau',
  panelLoading: 'Chargement…',
  panelError: 'Impossible de charger ce bâtiment',
  buildingNumber: 'Bâtiment n°',
  address: 'Adresse',
  addressSynthetic: 'Adresse (fictive)',
  commune: 'Commune',
  cite: 'Cité',
  type: 'Type',
  yearBuilt: 'Année de construction',
  height: 'Hauteur (m)',
  levels: 'Niveaux',
  dwellings: 'Logements',
  roof: 'Toiture',
  pitch: 'Pente (°)',
  owner: 'Propriétaire',
  unesco: 'UNESCO',
  unescoYes: 'Oui (patrimoine mondial)',
  no: 'Non',
  unknown: '—',
  heapTitle: 'Terril',
  heapShape: 'Forme',
  heapHeightNote: 'Hauteur approchée',
  sunTitle: 'Soleil',
  sunDate: 'Date',
  sunHour: 'Heure (Paris)',
  sunNow: 'Maintenant',
  sunSummer: 'Solstice d’été',
  sunWinter: 'Solstice d’hiver',
  sunEquinox: 'Équinoxe',
  sunPosition: 'Hauteur {elevation}°, azimut {azimuth}°',
  sunNight: 'Nuit : le soleil est sous l’horizon',
  heatmapTitle: 'Irradiation annuelle (kWh/m²/an)',
  heatmapToggle: 'Carte solaire',
  heatmapToggleLabel: 'Afficher la carte solaire des toitures',
  heatmapFaces: '{faces} pans de toit calculés',
  heatmapLoading: 'Chargement de la carte solaire…',
  heatmapNone: 'Aucun résultat solaire ici pour l’instant (calcul en cours)',
  heatmapError: 'La carte solaire n’a pas pu être chargée',
  solarTitle: 'Potentiel solaire',
  solarPending: 'Calcul en cours : les résultats solaires de ce bâtiment ne sont pas encore disponibles.',
  roofArea: 'Surface de toiture (m²)',
  usableArea: 'Surface utile (m²)',
  usableEnergy: 'Gisement solaire utile (kWh/an)',
  usableEnergyNote: 'Rayonnement reçu par la surface utile, avant conversion en électricité.',
  meanIrradiation: 'Irradiation moyenne (kWh/m²/an)',
  shadingLoss: 'Pertes d’ombrage (%)',
  facesTitle: 'Pans de toiture',
  faceOrientation: 'Orientation',
  facePitch: 'Pente (°)',
  faceArea: 'Surface (m²)',
  faceIrradiation: 'kWh/m²/an',
  faceShading: 'Pertes d’ombrage (%)',
  ...pvFr,
  ...a11yFr,
  ...renovationFr,
  ...landlordFr,
  ...farmFr,
  ...lidarFr,
};

export type MessageKey = keyof typeof fr;

const en: Record<MessageKey, string> = {
  title: 'Mining Basin solar cadastre',
  subtitle: 'Lens · Liévin',
  sceneLabel:
    '3D view of the buildings: drag to rotate, right-click or Shift+drag to pan, wheel to zoom, click a building for details',
  searchLabel: 'Address or estate',
  searchButton: 'Search',
  searchNone: 'No results',
  searchError: 'Search failed',
  searchResults: 'Search results',
  langToggle: 'FR',
  langToggleLabel: 'Passer en français',
  loading: 'Loading buildings…',
  loadingTiles: 'tiles',
  loadError: 'The data could not be loaded',
  retry: 'Retry',
  buildingsCount: 'buildings',
  heapsCount: 'slag heaps',
  tilesFailed: 'areas not loaded',
  legendTitle: 'Building type',
  legendHeap: 'Slag heap',
  legendSelected: 'Selected building',
  notice: 'Fictitious houses generated within the real perimeters of the mining estates',
  attribution: 'Mission Bassin Minier Nord-Pas de Calais / data.gouv.fr (Open Licence 2.0)',
  attributionPrefix: 'Estate and slag-heap outlines:',
  close: 'Close',
  closePanel: 'Close the panel',
  panelLoading: 'Loading…',
  panelError: 'This building could not be loaded',
  buildingNumber: 'Building #',
  address: 'Address',
  addressSynthetic: 'Address (fictitious)',
  commune: 'Municipality',
  cite: 'Mining estate',
  type: 'Type',
  yearBuilt: 'Year built',
  height: 'Height (m)',
  levels: 'Storeys',
  dwellings: 'Dwellings',
  roof: 'Roof',
  pitch: 'Pitch (°)',
  owner: 'Owner',
  unesco: 'UNESCO',
  unescoYes: 'Yes (World Heritage)',
  no: 'No',
  unknown: '—',
  heapTitle: 'Slag heap',
  heapShape: 'Shape',
  heapHeightNote: 'Approximate height',
  sunTitle: 'Sun',
  sunDate: 'Date',
  sunHour: 'Time (Paris)',
  sunNow: 'Now',
  sunSummer: 'Summer solstice',
  sunWinter: 'Winter solstice',
  sunEquinox: 'Equinox',
  sunPosition: 'Elevation {elevation}°, azimuth {azimuth}°',
  sunNight: 'Night: the sun is below the horizon',
  heatmapTitle: 'Annual irradiation (kWh/m²/yr)',
  heatmapToggle: 'Solar map',
  heatmapToggleLabel: 'Show the solar map of the roofs',
  heatmapFaces: '{faces} roof faces computed',
  heatmapLoading: 'Loading the solar map…',
  heatmapNone: 'No solar results here yet (being computed)',
  heatmapError: 'The solar map could not be loaded',
  solarTitle: 'Solar potential',
  solarPending: 'Being computed: this building’s solar results are not available yet.',
  roofArea: 'Roof area (m²)',
  usableArea: 'Usable area (m²)',
  usableEnergy: 'Usable solar resource (kWh/yr)',
  usableEnergyNote: 'Sunlight received by the usable area, before conversion to electricity.',
  meanIrradiation: 'Mean irradiation (kWh/m²/yr)',
  shadingLoss: 'Shading losses (%)',
  facesTitle: 'Roof faces',
  faceOrientation: 'Orientation',
  facePitch: 'Pitch (°)',
  faceArea: 'Area (m²)',
  faceIrradiation: 'kWh/m²/yr',
  faceShading: 'Shading losses (%)',
  ...pvEn,
  ...a11yEn,
  ...renovationEn,
  ...landlordEn,
  ...farmEn,
  ...lidarEn,
};

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { fr, en };

/** A text, each `{name}` in it replaced by `values[name]`. */
export function t(lang: Lang, key: MessageKey, values: Record<string, string> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

const TYPOLOGIES: Record<Lang, Record<string, string>> = {
  fr: {
    coron: 'Coron',
    cite_pavillonnaire: 'Cité pavillonnaire',
    cite_jardin: 'Cité-jardin',
    cite_moderne: 'Cité moderne',
    camus: 'Maison Camus',
    heritage: 'Bâtiment patrimonial',
    house: 'Maison',
    apartment: 'Immeuble',
    other: 'Autre',
  },
  en: {
    coron: 'Coron (terraced row)',
    cite_pavillonnaire: 'Pavilion estate',
    cite_jardin: 'Garden city',
    cite_moderne: 'Modern estate',
    camus: 'Camus house (precast)',
    heritage: 'Heritage building',
    house: 'House',
    apartment: 'Apartment building',
    other: 'Other',
  },
};

const ROOFS: Record<Lang, Record<string, string>> = {
  fr: {
    flat: 'Plate',
    shed: 'Monopente',
    gable: 'Deux pans',
    hip: 'Quatre pans (croupes)',
    'half-hip': 'Demi-croupes',
    pyramidal: 'Pyramidale',
    mansard: 'Mansardée',
    gambrel: 'Brisée',
    dome: 'Dôme',
    other: 'Autre',
  },
  en: {
    flat: 'Flat',
    shed: 'Shed (mono-pitch)',
    gable: 'Gable',
    hip: 'Hip',
    'half-hip': 'Half-hip',
    pyramidal: 'Pyramidal',
    mansard: 'Mansard',
    gambrel: 'Gambrel',
    dome: 'Dome',
    other: 'Other',
  },
};

const HEAP_SHAPES: Record<Lang, Record<string, string>> = {
  fr: { cone: 'Conique', truncated_cone: 'Conique tronqué', plateau: 'Plat (plateau)' },
  en: { cone: 'Cone', truncated_cone: 'Truncated cone', plateau: 'Flat (plateau)' },
};

/** Label of a typology code; unknown codes are shown as they are. */
export function typologyLabel(lang: Lang, typology: string | null): string {
  if (!typology) return t(lang, 'unknown');
  return TYPOLOGIES[lang][typology] ?? typology;
}

export function roofLabel(lang: Lang, roofShape: string | null): string {
  if (!roofShape) return t(lang, 'unknown');
  return ROOFS[lang][roofShape] ?? roofShape;
}

export function heapShapeLabel(lang: Lang, shape: string): string {
  return HEAP_SHAPES[lang][shape] ?? shape;
}

const COMPASS: Record<Lang, readonly string[]> = {
  fr: ['N', 'NE', 'E', 'SE', 'S', 'SO', 'O', 'NO'],
  en: ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'],
};
const FLAT: Record<Lang, string> = { fr: 'plate', en: 'flat' };
/** Faces flatter than this are called flat rather than given a direction [°]. */
export const FLAT_TILT_DEG = 5;

/** The direction a roof face looks towards, on 8 compass points (45° sectors centred on N, NE, …); flat < 5°. */
export function orientationLabel(lang: Lang, azimuth_deg: number, tilt_deg: number): string {
  if (tilt_deg < FLAT_TILT_DEG) return FLAT[lang];
  const sector = Math.round((((azimuth_deg % 360) + 360) % 360) / 45) % 8;
  return COMPASS[lang][sector]!;
}

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** A number with the audience's separators (fr: "7 897", "8,5"); "—" for null. */
export function formatNumber(lang: Lang, value: number | null, maximumFractionDigits = 0): string {
  if (value === null || !Number.isFinite(value)) return t(lang, 'unknown');
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }).format(value);
}

/** A calendar date (ISO 8601, read as a UTC day) spelt out: fr "1 février 2025", en "1 February 2025". */
export function formatDate(lang: Lang, iso: string): string {
  const time = Date.parse(iso.slice(0, 10));
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(time);
}

/** Short month names, January first ("janv.", "févr." … / "Jan", "Feb" …). */
export function monthLabels(lang: Lang): string[] {
  const format = new Intl.DateTimeFormat(LOCALES[lang], { month: 'short', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => format.format(Date.UTC(2025, m, 15)));
}

export function heatingLabel(lang: Lang, heating: Heating): string {
  return t(lang, `pvHeating_${heating}`);
}

/** A date as a French reader writes the first of a month: « 1er janvier 2028 » (en: "1 January 2028"). */
export function formatDayDate(lang: Lang, iso: string): string {
  const text = formatDate(lang, iso);
  return lang === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

/** A year without thousands separator. */
export function formatYear(lang: Lang, value: number | null): string {
  return value === null ? t(lang, 'unknown') : String(Math.round(value));
}
