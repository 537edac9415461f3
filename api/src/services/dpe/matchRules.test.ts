import { describe, expect, it } from 'vitest';
import { addressDisagrees, houseNumberOf, matchConfidence, streetWords } from './matchRules.js';

describe('the address rules of DPE matching', () => {
  it('reads the house number and the significant street words', () => {
    expect(houseNumberOf('12 bis rue des Linottes')).toBe('12');
    expect(houseNumberOf('Rue des Linottes')).toBeNull();
    expect(streetWords('12 Rue de la Gare')).toEqual(['gare']);
    expect(streetWords('Av. du Général-de-Gaulle')).toEqual(['general', 'gaulle']);
    // The postcode and the commune after it are not the street's (the demo's and BAN's address forms).
    expect(streetWords('22 rue des Hirondelles, 62160 Grenay')).toEqual(['hirondelles']);
    expect(streetWords('25 Rue Ernest Renan 25000 Besançon')).toEqual(['ernest', 'renan']);
    expect(streetWords('12 rue du 8 Mai 1945')).toEqual(['mai']);
  });

  it('flags a BAN label with another number or another street, not another spelling', () => {
    const ban = {
      ban_housenumber: '25',
      ban_street: 'Rue Ernest Renan',
      ban_label: '25 Rue Ernest Renan 25000 Besançon',
    };
    expect(addressDisagrees({ ...ban, address_raw: '25 rue E. Renan' })).toBe(false);
    expect(addressDisagrees({ ...ban, address_raw: '25 RUE ERNEST RENAN' })).toBe(false);
    expect(addressDisagrees({ ...ban, address_raw: '27 rue Ernest Renan' })).toBe(true);
    expect(addressDisagrees({ ...ban, address_raw: '25 avenue Victor Hugo' })).toBe(true);
    // Nothing to compare on one side: no disagreement said.
    expect(addressDisagrees({ ...ban, address_raw: null })).toBe(false);
  });

  it('orders the methods by trust and halves a disagreeing BAN match', () => {
    expect(matchConfidence('rnb', null, null, [])).toBe(1);
    expect(matchConfidence('ban_inside', 0.9, 0, [])).toBe(0.95);
    expect(matchConfidence('ban_nearest', 0.9, 15, [])).toBeLessThan(0.95);
    expect(matchConfidence('ban_inside', 0.9, 0, ['address_disagrees'])).toBe(0.475);
    expect(matchConfidence('address', null, null, [])).toBe(0.6);
  });
});
