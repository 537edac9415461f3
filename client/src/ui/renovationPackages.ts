/**
 * The package picker of « Rénovation »: one radio per package of the answer, ranked as the API ranks them (best
 * class after first, then lowest net cost), each with its cost range, aid, net cost, savings, payback and the class
 * it reaches, and for a landlord's house the « 3e ligne de quittance » the tenant may then pay. Choosing one asks
 * nothing of the server.
 */
import type { BuildingRenovationResponse, RenovationPackage } from '../../../contracts';
import { h } from './dom';
import { DPE_COLOURS, textColourOn } from './dpeScaleGeometry';
import { formatNumber, t, type Lang } from './i18n';
import type { RenovationActions } from './renovationControls';

export const packageLabel = (lang: Lang, p: RenovationPackage) => (lang === 'fr' ? p.label_fr : p.label_en);

export function formatRenovationPayback(lang: Lang, p: RenovationPackage): string {
  return p.payback_years === null
    ? t(lang, 'renoPaybackNone')
    : t(lang, 'renoPaybackYears', { years: formatNumber(lang, p.payback_years, 1) });
}

/** A class letter on its DPE colour. */
export function letterChip(letter: keyof typeof DPE_COLOURS, testId?: string): HTMLElement {
  const chip = h('span', { class: 'dpe-chip', 'data-testid': testId, 'data-letter': letter }, letter);
  chip.style.background = DPE_COLOURS[letter];
  chip.style.color = textColourOn(DPE_COLOURS[letter]);
  return chip;
}

/**
 * « Contribution au partage des économies (3e ligne de quittance) : jusqu’à X €/mois pendant 15 ans au plus —
 * économie nette pour le locataire : Y €/mois », for a landlord's house; null for an owner-occupier.
 */
export function tenantLine(lang: Lang, p: RenovationPackage): string | null {
  if (!p.tenant.applies) return null;
  return t(lang, 'renoTenantLine', {
    max: formatNumber(lang, p.tenant.max_contribution_eur_month, 2),
    years: formatNumber(lang, p.tenant.max_years),
    net: formatNumber(lang, p.tenant.net_saving_eur_month, 2),
  });
}

function summary(lang: Lang, p: RenovationPackage): string {
  const n = (v: number) => formatNumber(lang, v);
  const gained = p.classes_gained > 0 ? `+${p.classes_gained}` : String(p.classes_gained);
  return [
    t(lang, 'renoPackageCost', { low: n(p.cost_eur.low), high: n(p.cost_eur.high) }),
    t(lang, 'renoPackageAid', { aid: n(p.aid_eur) }),
    t(lang, 'renoPackageNet', { net: n(p.net_cost_eur) }),
    t(lang, 'renoPackageSavings', { savings: n(p.savings_eur_yr) }),
    t(lang, 'renoPackagePayback', { payback: formatRenovationPayback(lang, p) }),
    t(lang, 'renoPackageClasses', { gained }),
  ].join(' · ');
}

export function renovationPackages(
  lang: Lang,
  data: BuildingRenovationResponse,
  chosen: string | null,
  actions: RenovationActions,
): HTMLElement {
  if (data.packages.length === 0)
    return h('p', { class: 'panel-status', 'data-testid': 'reno-no-package' }, t(lang, 'renoNoPackage'));
  const items = data.packages.map((p) => {
    const id = `reno-package-${p.id}`;
    const radio = h('input', {
      type: 'radio',
      name: 'reno-package',
      id,
      value: p.id,
      checked: p.id === chosen,
      'data-testid': id,
    });
    radio.addEventListener('change', () => {
      if (radio.checked) actions.setPackage(p.id);
    });
    return h(
      'li',
      { 'data-package': p.id },
      radio,
      h(
        'label',
        { for: id },
        h('span', { class: 'reno-package-name' }, packageLabel(lang, p), ' ', letterChip(p.after.letter)),
        h('span', { class: 'reno-package-summary' }, summary(lang, p)),
        // The aid rule's small muted block suits this note too (the stylesheet is not part of this change).
        p.tenant.applies
          ? h('span', { class: 'reno-aid-rule reno-package-tenant', 'data-field': 'tenant-line' }, tenantLine(lang, p))
          : null,
      ),
    );
  });
  return h(
    'fieldset',
    { class: 'reno-packages', 'data-testid': 'reno-packages' },
    h('legend', {}, t(lang, 'renoPackages')),
    h('ul', {}, ...items),
  );
}
