import { parseTenantContribution, type TenantContributionRules } from '../../../../engine/renovation/index.js';
import { loadFixture } from '../../fixtures/loadFixture.js';

/** The « 3e ligne de quittance » rules of the homeowner fixture (fixtures/homeowner, tenant_energy_contribution). */
export const tenantRules = (): TenantContributionRules =>
  loadFixture('homeowner/homeowner.json', parseTenantContribution);
