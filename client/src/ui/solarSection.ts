/** The solar part of the building panel: the building's summary and a table of its roof faces. */
import { rampCss } from '../layers/colourRamp';
import type { BuildingDetail } from '../data/types';
import { h } from './dom';
import { formatNumber, orientationLabel, t, type Lang } from './i18n';

function row(label: string, value: string, field: string): HTMLElement[] {
  return [h('dt', {}, label), h('dd', { 'data-field': field }, value)];
}

function facesTable(lang: Lang, b: BuildingDetail): HTMLElement {
  const head = ['faceOrientation', 'facePitch', 'faceArea', 'faceIrradiation', 'faceShading'] as const;
  return h(
    'table',
    { class: 'faces', 'data-testid': 'roof-faces' },
    h('caption', {}, t(lang, 'facesTitle')),
    h('thead', {}, h('tr', {}, ...head.map((k) => h('th', { scope: 'col' }, t(lang, k))))),
    h(
      'tbody',
      {},
      ...b.roof_faces.map((f) => {
        const chip = h('span', { class: 'swatch', 'aria-hidden': 'true' });
        chip.style.background = rampCss(f.annual_kwh_m2);
        return h(
          'tr',
          { 'data-face-index': f.face_index },
          h('td', {}, orientationLabel(lang, f.azimuth_deg, f.tilt_deg)),
          h('td', {}, formatNumber(lang, f.tilt_deg)),
          h('td', {}, formatNumber(lang, f.area_m2, 1)),
          h('td', { 'data-field': 'face-kwh' }, chip, formatNumber(lang, f.annual_kwh_m2)),
          h('td', {}, formatNumber(lang, f.shading_loss_pct, 1)),
        );
      }),
    ),
  );
}

export function solarSection(lang: Lang, b: BuildingDetail): HTMLElement {
  const title = h('h3', {}, t(lang, 'solarTitle'));
  if (!b.solar) {
    return h(
      'section',
      { class: 'solar', 'data-testid': 'solar-section' },
      title,
      h('p', { class: 'panel-status', 'data-testid': 'solar-pending' }, t(lang, 'solarPending')),
    );
  }
  const s = b.solar;
  return h(
    'section',
    { class: 'solar', 'data-testid': 'solar-section' },
    title,
    h(
      'dl',
      { 'data-testid': 'solar-summary' },
      ...row(t(lang, 'usableEnergy'), formatNumber(lang, s.usable_kwh), 'usable-kwh'),
      ...row(t(lang, 'usableArea'), formatNumber(lang, s.usable_area_m2), 'usable-area'),
      ...row(t(lang, 'roofArea'), formatNumber(lang, s.roof_area_m2), 'roof-area'),
      ...row(t(lang, 'meanIrradiation'), formatNumber(lang, s.mean_kwh_m2), 'mean-kwh'),
      ...row(t(lang, 'shadingLoss'), formatNumber(lang, s.shading_loss_pct, 1), 'shading-loss'),
    ),
    h('p', { class: 'note' }, t(lang, 'usableEnergyNote')),
    b.roof_faces.length > 0 ? facesTable(lang, b) : null,
  );
}
