import { describe, expect, it } from 'vitest';
import { readRenovation } from '../data/api';
import { renovationAnswerJson } from '../data/renovationAnswer.testkit';
import { formatDayDate, t } from './i18n';
import { ageBandLabel, carrierLabel, noticeIn, rentalText, systemLabel } from './renovationLabels';

const { current, packages } = readRenovation(renovationAnswerJson());

describe('the words of « Rénovation »', () => {
  it('says whether the house may be let, with the dates of the loi Climat et Résilience calendar', () => {
    // Class F on 2026-11-26: still allowed, banned from 1 January 2028 (décret n° 2021-19, art. 160 of the law).
    expect(rentalText('fr', current)).toBe('Location interdite à partir du 1er janvier 2028');
    expect(rentalText('en', current)).toBe('Letting banned from 1 January 2028');
    // Class G: banned since 1 January 2025.
    const g = { ...current, rental: { allowed: false, banned_from: '2025-01-01' } };
    expect(rentalText('fr', g)).toBe('Location interdite depuis le 1er janvier 2025');
    expect(rentalText('en', g)).toBe('Letting banned since 1 January 2025');
    // Class B after works: no date in the calendar.
    expect(rentalText('fr', packages[0]!.after)).toBe('Location autorisée');
    // Class E: from 1 January 2034.
    expect(rentalText('fr', packages[2]!.after)).toBe('Location interdite à partir du 1er janvier 2034');
  });

  it('writes « 1er » for the first of the month in French only', () => {
    expect(formatDayDate('fr', '2028-01-01')).toBe('1er janvier 2028');
    expect(formatDayDate('fr', '2026-11-26')).toBe('26 novembre 2026');
    expect(formatDayDate('fr', '2026-11-11')).toBe('11 novembre 2026');
    expect(formatDayDate('en', '2028-01-01')).toBe('1 January 2028');
  });

  it('gives each reader their half of the bilingual notice', () => {
    const notice = 'Estimation indicative : ce n’est pas un DPE officiel. / Indicative estimate, not an official DPE.';
    expect(noticeIn('fr', notice)).toBe('Estimation indicative : ce n’est pas un DPE officiel.');
    expect(noticeIn('en', notice)).toBe('Indicative estimate, not an official DPE.');
    expect(noticeIn('en', 'Estimation, pas un DPE officiel.')).toBe('Estimation, pas un DPE officiel.');
    expect(t('fr', 'renoNotice')).toBe('Estimation, pas un DPE officiel.');
  });

  it('names periods, systems and carriers, and shows unknown codes as they are', () => {
    expect(ageBandLabel('fr', 'pre1915')).toBe('avant 1915');
    expect(ageBandLabel('fr', '1915_1948')).toBe('1915–1948');
    expect(ageBandLabel('en', '2006_plus')).toBe('2006 and later');
    expect(ageBandLabel('fr', 'unknown_band')).toBe('unknown_band');
    expect(systemLabel('fr', 'gas_boiler_standard')).toBe('Chaudière gaz standard');
    expect(systemLabel('en', 'vmc_hygro_b')).toBe('Humidity-controlled extract fan');
    expect(systemLabel('fr', 'fusion')).toBe('fusion');
    expect(carrierLabel('fr', 'wood_pellets')).toBe('granulés de bois');
    expect(t('fr', 'renoOwner_social_landlord')).toBe('Bailleur social');
    expect(t('en', 'renoOwner_owner_occupier')).toBe('Owner-occupier');
  });
});
