/** The single application state, and a minimal observable store around it. */
import type { BuildingPv, PvInputs } from '../data/pvPanels';
import type { BuildingRenovationResponse } from '../../../contracts';
import type { RenovationInputs } from '../data/requests';
import type { SearchResult } from '../../../contracts';
import type { BuildingDetail } from '../data/types';
import type { Lang } from './i18n';
import { initialFarmState, type FarmState } from './farmState';
import { initialLandlordState, type LandlordState } from './landlordState';

export type Status = 'idle' | 'loading' | 'ready' | 'error';

export interface HeapSelection {
  id: number;
  name: string | null;
  height_m: number;
  shape: string;
}

export interface AppState {
  lang: Lang;
  load: {
    status: Status;
    tilesDone: number;
    tilesTotal: number;
    tilesFailed: number;
    /** Buildings drawn so far. */
    buildings: number;
    /** Buildings the server announced for the extent. */
    expected: number;
    obstacles: number;
    /** Tree crowns (LiDAR) drawn. */
    trees: number;
    error: string | null;
  };
  /** True when the data shown comes from the demo generator (the notice is then shown). */
  synthetic: boolean;
  /** Building counts by typology, for the legend. */
  typologies: Record<string, number>;
  selection: {
    id: number | null;
    status: Status;
    building: BuildingDetail | null;
    heap: HeapSelection | null;
    error: string | null;
  };
  search: { query: string; status: Status; results: SearchResult[]; error: string | null };
  /** The sun shown: the instant chosen and where the sun is then, seen from the view centre. */
  sun: {
    /** [ms since 1970 UTC]. */
    timeUtcMs: number;
    /** [°] clockwise from north. */
    azimuth_deg: number;
    /** Apparent elevation [°]; negative at night. */
    elevation_deg: number;
    /** Where the position was computed (the view centre) [°]. */
    lon: number;
    lat: number;
  };
  /** The roof heat-map: shown or not, and how far its loading got. */
  heatmap: { visible: boolean; status: Status; faces: number; buildings: number; error: string | null };
  /** "Mon toit": the selected building's photovoltaic estimate for the household's answers. */
  pv: {
    /** The building asked about; null when none is selected. */
    id: number | null;
    /** 'not_computed': the building's solar cadastre is not computed yet (HTTP 409). */
    status: Status | 'not_computed';
    /** The last estimate received for `id` (kept while a new one is asked for). */
    data: BuildingPv | null;
    error: string | null;
    /** The API's error code (e.g. 'budget_too_small'), so the panel can say it in the reader's language. */
    errorCode: string | null;
    inputs: PvInputs;
    /** The "puissance" slider's position in `data.configurations`. */
    index: number;
  };
  /** « Rénovation »: the selected building's DPE estimate and packages of works for an owner. */
  renovation: {
    /** The building asked about; null when none is selected. */
    id: number | null;
    status: Status;
    /** The last estimate received for `id` (kept while a new one is asked for). */
    data: BuildingRenovationResponse | null;
    error: string | null;
    inputs: RenovationInputs;
    /** The package chosen in the list (an id of `data.packages`); null before any estimate. */
    packageId: string | null;
  };
  /** « Bailleur »: the social landlord's workspace (signed in with a token). */
  landlord: LandlordState;
  /** « Friches »: ground-mounted solar farms on flat slag heaps and brownfields. */
  farm: FarmState;
}

/** The household answers before any is given: the API's defaults (contract: gas heating, 2 occupants). */
export const DEFAULT_PV_INPUTS: PvInputs = {
  budget_eur: null,
  consumption_kwh: null,
  heating: 'gas',
  occupants: 2,
  battery_kwh: null,
  collector_m2: null,
  reduced_vat: true,
};

/** Before any answer: the server chooses the owner; the band and household size are the contract's defaults. */
export const DEFAULT_RENOVATION_INPUTS: RenovationInputs = { owner: null, incomeBand: 'modeste', householdSize: 2 };

export function initialState(lang: Lang = 'fr'): AppState {
  return {
    lang,
    load: {
      status: 'idle',
      tilesDone: 0,
      tilesTotal: 0,
      tilesFailed: 0,
      buildings: 0,
      expected: 0,
      obstacles: 0,
      trees: 0,
      error: null,
    },
    synthetic: false,
    typologies: {},
    selection: { id: null, status: 'idle', building: null, heap: null, error: null },
    search: { query: '', status: 'idle', results: [], error: null },
    sun: { timeUtcMs: 0, azimuth_deg: 0, elevation_deg: 0, lon: 0, lat: 0 },
    heatmap: { visible: true, status: 'idle', faces: 0, buildings: 0, error: null },
    pv: { id: null, status: 'idle', data: null, error: null, errorCode: null, inputs: DEFAULT_PV_INPUTS, index: 0 },
    renovation: {
      id: null,
      status: 'idle',
      data: null,
      error: null,
      inputs: DEFAULT_RENOVATION_INPUTS,
      packageId: null,
    },
    landlord: initialLandlordState(),
    farm: initialFarmState(),
  };
}

export interface Store<S> {
  get(): S;
  /** Replaces the state with what `change` returns and notifies subscribers. */
  update(change: (state: S) => S): void;
  /** Calls `listener` now and after every update; returns the unsubscribe function. */
  subscribe(listener: (state: S, previous: S | null) => void): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<(state: S, previous: S | null) => void>();
  return {
    get: () => state,
    update(change) {
      const previous = state;
      state = change(state);
      if (state !== previous) for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      listener(state, null);
      return () => listeners.delete(listener);
    },
  };
}
