/**
 * Builds the application: the data client, the store, the scene and its layers, the UI parts and the actions
 * (app/) that tie them together. Only this file and app/ know all four of data, layers, scene and UI.
 */
import { BUILDING_DISTANCE_M, groundPoint, type AppContext } from './app/context';
import { createFarm } from './app/farm';
import { drawFarm, groundPointAt } from './app/farmView';
import { toggleHeatmap } from './app/heatmap';
import { createLandlord } from './app/landlord';
import { createLoader } from './app/loadArea';
import { createPv } from './app/pv';
import { createRenovation } from './app/renovation';
import { createSearch } from './app/search';
import { createSelection } from './app/selection';
import { createShare } from './app/share';
import { createSun } from './app/sun';
import { createApiClient, createFarmApi, createLandlordApi } from './data/api';
import { FarmLayer } from './layers/farmLayer';
import { BuildingsLayer } from './layers/buildingsLayer';
import { GroundLayer } from './layers/groundLayer';
import { PvPanelsLayer } from './layers/pvPanelsLayer';
import { RoofHeatmapLayer } from './layers/roofHeatmapLayer';
import { SlagHeapLayer } from './layers/slagHeapLayer';
import { TreesLayer } from './layers/treesLayer';
import { createSceneView } from './scene/sceneView';
import { installTestHook } from './testHook';
import { mountBottomSheet } from './ui/bottomSheet';
import { mountBuildingPanel } from './ui/buildingPanel';
import { mountHeatmapLegend } from './ui/heatmapLegend';
import { mountFarmWorkspace } from './ui/farmPanel';
import { LANGS, t, type Lang } from './ui/i18n';
import { mountLandlordWorkspace } from './ui/landlordPanel';
import { mountLangToggle } from './ui/langToggle';
import { mountLegend } from './ui/legend';
import { mountNoticeBar } from './ui/noticeBar';
import { mountPvPrint } from './ui/pvPrint';
import { saveBlob } from './ui/saveBlob';
import { mountSearchBox } from './ui/searchBox';
import { mountShell } from './ui/shell';
import { mountStatusBar } from './ui/statusBar';
import { createStore, initialState } from './ui/store';
import { mountSunControls } from './ui/sunControls';
import './ui/styles.css';

const LANG_KEY = 'solar-cadastre.lang';

function initialLang(): Lang {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  const stored = (() => {
    try {
      return localStorage.getItem(LANG_KEY);
    } catch {
      return null;
    }
  })();
  return LANGS.find((l) => l === fromUrl) ?? LANGS.find((l) => l === stored) ?? 'fr';
}

function toggleLang(app: AppContext): void {
  const lang: Lang = app.store.get().lang === 'fr' ? 'en' : 'fr';
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
  app.store.update((s) => ({ ...s, lang }));
}

const store = createStore(initialState(initialLang()));
const shell = mountShell(document.getElementById('app')!, store);
const app: AppContext = {
  api: createApiClient(),
  store,
  view: createSceneView(shell.scene),
  ground: new GroundLayer(),
  buildings: new BuildingsLayer(),
  heaps: new SlagHeapLayer(),
  trees: new TreesLayer(),
  heatmap: new RoofHeatmapLayer(),
  pvPanels: new PvPanelsLayer(),
  farm: new FarmLayer(),
  session: { frame: null, ready: false, userMoved: false },
};
const { view } = app;
shell.describeCanvas(view.canvas);
for (const layer of [app.ground, app.buildings, app.heatmap, app.heaps, app.trees, app.pvPanels, app.farm])
  view.add(layer.object);

const selection = createSelection(app);
const search = createSearch(app, selection.selectBuilding);
const sun = createSun(app);
const pv = createPv(app);
const renovation = createRenovation(app);
const landlord = createLandlord(app, {
  api: createLandlordApi(),
  storage: (() => {
    try {
      return sessionStorage;
    } catch {
      // Storage refused (private browsing, sandboxed frame): the token then lasts for this page only.
      return null;
    }
  })(),
  download: saveBlob,
});
const farm = createFarm(app, { api: createFarmApi() });
const loader = createLoader(app, () => sun.refresh());
sun.setTime(sun.openingTime());

mountSearchBox(shell.tools, store, { search: (q) => void search.search(q), choose: search.choose });
mountLangToggle(shell.tools, store, { toggle: () => toggleLang(app) });
mountStatusBar(shell.overlay, store, { retry: () => void loader.load() });
const heatmapLegend = mountHeatmapLegend(shell.overlay, store, { toggle: () => toggleHeatmap(app) });
const legend = mountLegend(shell.overlay, store);
const sunControls = mountSunControls(shell.overlay, store, { setTime: sun.setTime });
mountBuildingPanel(shell.overlay, store, {
  close: () => {
    // Closed with the focus inside (Escape, ×): the focus goes back to the 3D view rather than to the page.
    const hadFocus = buildingPanel.contains(document.activeElement);
    selection.closePanel();
    if (hadFocus) view.canvas.focus();
  },
  pv: { setInputs: pv.setInputs, setIndex: pv.setIndex, print: () => window.print() },
  renovation: { setInputs: renovation.setInputs, setPackage: renovation.setPackage },
});
// mountBuildingPanel keeps its element to itself (ui/buildingPanel.ts); it is the overlay's only building panel.
const buildingPanel = shell.overlay.querySelector<HTMLElement>('[data-testid=building-panel]')!;
const landlordPanel = mountLandlordWorkspace(shell.tools, shell.overlay, store, landlord);
const farmPanel = mountFarmWorkspace(shell.tools, shell.overlay, store, farm, () => app.farm.rowCount);
mountPvPrint(document.body, store);
mountNoticeBar(shell.overlay, store);
// Phones: one of these at a time in the bottom sheet, the others behind their tabs.
mountBottomSheet(shell.overlay, store, [
  {
    id: 'building',
    elements: [buildingPanel],
    tab: (s) => (s.selection.heap ? t(s.lang, 'heapTitle') : t(s.lang, 'sheetBuilding')),
    open: (s) => s.selection.id !== null || s.selection.heap !== null,
    subject: (s) => s.selection.id ?? s.selection.heap?.id,
  },
  { id: 'farm', elements: [farmPanel], tab: (s) => t(s.lang, 'fmToggle'), open: (s) => s.farm.open },
  { id: 'landlord', elements: [landlordPanel], tab: (s) => t(s.lang, 'llToggle'), open: (s) => s.landlord.open },
  { id: 'sun', elements: [sunControls], tab: (s) => t(s.lang, 'sunTitle'), open: null },
  { id: 'legend', elements: [heatmapLegend, legend], tab: (s) => t(s.lang, 'sheetLegend'), open: null },
]);

view.onClick((x, y) => {
  if (farm.isDrawing()) {
    // « Friches »: a click while drawing places a vertex on the ground or heap, and selects nothing.
    const point = groundPointAt(app, x, y);
    if (point) farm.addPoint(point);
    return;
  }
  const hit = selection.pickAt(x, y);
  if (hit?.kind === 'building') void selection.selectBuilding(hit.id);
  else if (hit?.kind === 'heap') selection.selectHeap(hit.id);
  else selection.closePanel();
});
view.canvas.addEventListener('dblclick', () => {
  if (farm.isDrawing()) farm.finishDrawing();
});
// One workspace on the left at a time; the outlines show while « Friches » is open or has results.
store.subscribe((state, previous) => {
  if (!previous) return;
  if (state.farm.open && !previous.farm.open && state.landlord.open) landlord.setOpen(false);
  if (state.landlord.open && !previous.landlord.open && state.farm.open) farm.setOpen(false);
  if (state.farm.open !== previous.farm.open) drawFarm(app);
  view.canvas.style.cursor = farm.isDrawing() ? 'crosshair' : '';
});
for (const event of ['pointerdown', 'wheel'] as const)
  view.canvas.addEventListener(event, () => (app.session.userMoved = true), { passive: true });
// The sun is seen from the view centre: recomputed when the user has moved the view.
view.rig.controls.addEventListener('end', () => sun.refresh());

function lookAtBuilding(id: number): boolean {
  const anchor = app.buildings.anchorOf(id);
  if (!anchor) return false;
  app.session.userMoved = true;
  view.rig.flyTo(anchor, view.rig.viewFrom(anchor, BUILDING_DISTANCE_M, 60, 200), 0);
  view.invalidate();
  return true;
}
// A shared link (?b=ID&kwp=…) opens its house with its options; the address bar follows the homeowner's choices.
createShare(app, { selectBuilding: selection.selectBuilding, lookAtBuilding, setIndex: pv.setIndex });

installTestHook({
  app,
  farm,
  pickAt: selection.pickAt,
  setSunTime: sun.setTime,
  lookAtBuilding,
  lookAtLonLat: (lonLat, distance_m, elevation_deg, azimuth_deg) => {
    if (!app.session.frame) return;
    app.session.userMoved = true;
    const target = groundPoint(app, lonLat);
    view.rig.flyTo(target, view.rig.viewFrom(target, distance_m, elevation_deg, azimuth_deg), 0);
    sun.refresh();
    view.invalidate();
  },
});

void loader.load();
void landlord.restore();
