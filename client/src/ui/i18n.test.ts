import { describe, expect, it } from 'vitest';
import { formatNumber, formatYear, roofLabel, t, typologyLabel } from './i18n';

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
});
