import type { Owner } from './maPrimeRenov';
import type { TenantContributionRules } from './parseTenantContribution';

const OWNERS: readonly Owner[] = ['owner_occupier', 'landlord_private', 'social_landlord'];

export interface TenantContribution {
  /** Whether a landlord may charge it: true for a private or social landlord, false for an owner-occupier. */
  applies: boolean;
  /** The tenant's estimated energy bill saved [€/month], to the cent. */
  bill_saved_eur_month: number;
  /** The most the landlord may add to the rent [€/month]: the ceiling share of the saving, rounded down to the cent; 0 when it does not apply or nothing is saved. */
  max_contribution_eur_month: number;
  /** The longest it may be charged [years]; 0 when it does not apply. */
  max_years: number;
  /** What the tenant keeps with the contribution at its ceiling [€/month]: bill saved − contribution. */
  net_saving_eur_month: number;
  /** The law that applies (private or social sector), null for an owner-occupier. */
  law: string | null;
  /** Private sector only: the arrêté's flat monthly amounts by main rooms [€/month], which replace the ceiling in some cases; null otherwise. */
  flat_rate_eur_month: TenantContributionRules['flat_rate_private_eur_month'] | null;
  /** Source ids of the ceiling, the duration, the law (and the flat amounts) in fixtures/homeowner/homeowner.json. */
  source: string;
}

const cents = (eur: number) => Math.round(eur * 100) / 100;

/**
 * The « contribution du locataire au partage des économies de charges » (« 3e ligne de quittance ») a landlord may
 * add to the rent after energy works: at most `max_share_of_estimated_savings` (½) of the estimated saving, fixed
 * and not revisable, for at most `max_duration_years` (15) years, payable from the month after the works (loi
 * n° 89-462 art. 23-1 for private landlords; CCH L442-3 and décret n° 2009-1438 for social landlords; DHUP, « Qu'est-ce
 * que la contribution … dite troisième ligne de quittance ? »). The figure is the ceiling: where the private sector's
 * flat amounts apply (10/15/20 € by main rooms) they are returned beside it, as the number of rooms is not known.
 *
 *   bill_saved = savings / 12 [€/month];  contribution ≤ share × max(0, bill_saved);  net = bill_saved − contribution
 *
 * @param savings_eur_yr the tenant's estimated energy bill saved by the works [€/yr] (negative when the bill rises)
 * @param owner who owns the dwelling
 * @param rules parseTenantContribution(homeowner.json)
 * @throws RangeError naming savings_eur_yr, owner or the rule that is out of range
 * @example tenantContribution(600, 'social_landlord', rules) // 50 € saved, ≤ 25 €/month for ≤ 15 years, net 25 €
 */
export function tenantContribution(
  savings_eur_yr: number,
  owner: Owner,
  rules: TenantContributionRules,
): TenantContribution {
  if (typeof savings_eur_yr !== 'number' || !Number.isFinite(savings_eur_yr))
    throw new RangeError(`savings_eur_yr must be a finite number [€/yr], got ${JSON.stringify(savings_eur_yr)}`);
  if (!OWNERS.includes(owner))
    throw new RangeError(`owner must be one of ${OWNERS.join(', ')}, got ${JSON.stringify(owner)}`);
  const share = rules?.max_share_of_estimated_savings;
  if (typeof share !== 'number' || !(share > 0 && share <= 1))
    throw new RangeError(`rules.max_share_of_estimated_savings must be within (0, 1], got ${JSON.stringify(share)}`);
  const years = rules.max_duration_years;
  if (typeof years !== 'number' || !(years > 0 && years <= 50))
    throw new RangeError(`rules.max_duration_years must be within (0, 50] [years], got ${JSON.stringify(years)}`);
  const saved = cents(savings_eur_yr / 12);
  const applies = owner !== 'owner_occupier';
  // « Ne peut être supérieur à la moitié »: rounded down so the cent never goes above the ceiling.
  const max = applies ? Math.floor(share * Math.max(0, saved) * 100 + 1e-6) / 100 : 0;
  const s = rules.sources;
  return {
    applies,
    bill_saved_eur_month: saved,
    max_contribution_eur_month: max,
    max_years: applies ? years : 0,
    net_saving_eur_month: cents(saved - max),
    law: owner === 'landlord_private' ? rules.law_private : owner === 'social_landlord' ? rules.law_social : null,
    flat_rate_eur_month: owner === 'landlord_private' ? { ...rules.flat_rate_private_eur_month } : null,
    source: [
      ...new Set([
        s.ceiling,
        s.duration,
        ...(owner === 'landlord_private' ? [s.law_private, s.flat_rate_private] : []),
        ...(owner === 'social_landlord' ? [s.law_social] : []),
      ]),
    ].join(', '),
  };
}
