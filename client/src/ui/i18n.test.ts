import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatNumber,
  formatYear,
  heatingLabel,
  monthLabels,
  orientationLabel,
  roofLabel,
  t,
  typologyLabel,
} from './i18n';

describe('i18n', () => {
  it('speaks French by name and English on request', () => {
    expect(t('fr', 'addressSynthetic')).toBe('Adresse (fictive)');
    expect(t('en', 'addressSynthetic')).toBe('Address (fictitious)');
    expect(typologyLabel('fr', 'cite_jardin')).toBe('Cité-jardin');
    expect(typologyLabel('fr', 'camus')).toBe('Maison Camus');
    expect(roofLabel('fr', 'gable')).toBe('Deux pans');
    expect(roofLabel('en', 'gable')).toBe('Gable');
  });

  it('shows unknown codes as they are and missing values as a dash', () => {
    expect(typologyLabel('fr', 'barracks')).toBe('barracks');
    expect(roofLabel('fr', null)).toBe('—');
    expect(formatNumber('fr', null)).toBe('—');
  });

  it('formats numbers the French way', () => {
    // Intl fr-FR uses a narrow no-break space (U+202F) between thousands and a decimal comma.
    expect(formatNumber('fr', 7897)).toBe('7\u202f897');
    expect(formatNumber('fr', 8.5, 1)).toBe('8,5');
    expect(formatNumber('en', 8.5, 1)).toBe('8.5');
    expect(formatYear('fr', 1923)).toBe('1923');
  });

  it('names roof orientations on eight compass points, flat below 5°', () => {
    expect([0, 44, 46, 135, 180, 200, 225, 270, 315, 359].map((a) => orientationLabel('fr', a, 30))).toEqual([
      'N',
      'NE',
      'NE',
      'SE',
      'S',
      'S',
      'SO',
      'O',
      'NO',
      'N',
    ]);
    expect(orientationLabel('en', 240, 30)).toBe('SW');
    expect(orientationLabel('en', 247.6, 30)).toBe('W');
    expect(orientationLabel('fr', 180, 4.9)).toBe('plate');
    expect(orientationLabel('en', 180, 0)).toBe('flat');
  });

  it('fills in named values', () => {
    expect(t('fr', 'heatmapFaces', { faces: '1 700' })).toBe('1 700 pans de toit calculés');
    expect(t('en', 'sunPosition', { elevation: '38', azimuth: '235' })).toBe('Elevation 38°, azimuth 235°');
  });

  it('spells dates and months as each audience reads them (Mon toit)', () => {
    // CLDR: French long dates are "1 février 2026", British "1 February 2026"; short months "janv." / "Jan".
    expect(formatDate('fr', '2026-02-01')).toBe('1 février 2026');
    expect(formatDate('en', '2026-02-01T00:00:00Z')).toBe('1 February 2026');
    expect(formatDate('fr', 'soon')).toBe('soon');
    expect(monthLabels('fr')).toHaveLength(12);
    expect([monthLabels('fr')[0], monthLabels('fr')[7], monthLabels('en')[0]]).toEqual(['janv.', 'août', 'Jan']);
    expect(heatingLabel('fr', 'heat_pump')).toBe('Pompe à chaleur');
    expect(heatingLabel('en', 'heat_pump')).toBe('Heat pump');
    expect(t('fr', 'pvPaybackBeyond', { years: '25' })).toBe('au-delà de 25 ans');
  });
});
