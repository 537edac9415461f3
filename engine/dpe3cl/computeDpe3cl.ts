import { balance, otherUses, type Balance3cl, type HeatingFinalEnergy } from './bilan';
import { envelopeLosses, type EnvelopeLosses } from './envelope';
import { heatingConsumption, type HeatingConsumption } from './heating';
import { needs, type Needs } from './needs';
import { cellNumber, fieldHas, matchRows, type Tables3cl } from './tables';
import { items, nodeAt, num, text, type DpeNode } from './tree';

/** The 3CL-DPE 2021 result of one dwelling: every step's figures and the classes. */
export interface Dpe3clResult {
  envelope: EnvelopeLosses;
  needs: Needs;
  heating: HeatingConsumption;
  balance: Balance3cl;
  /** Steps the method computed only approximately, in words (from the heating part). */
  approximations: string[];
}

/**
 * Gives each heating generator the nominal power the heating part sized (donnee_intermediaire/pn, as DPE software
 * writes it), on a copy of the tree, so that the hot water of a combined boiler uses the same Pn (§13.2.1).
 */
function withGeneratorPower(logement: DpeNode, heating: HeatingConsumption): DpeNode {
  // Only the heating installations are written to: the rest of the tree is shared, not copied.
  const copy: DpeNode = { ...logement };
  if (logement['installation_chauffage_collection'] !== undefined)
    copy['installation_chauffage_collection'] = structuredClone(logement['installation_chauffage_collection']);
  items(copy, 'installation_chauffage_collection', 'installation_chauffage').forEach((inst, i) => {
    items(inst, 'generateur_chauffage_collection', 'generateur_chauffage').forEach((g, j) => {
      const found = heating.generators.find((x) => x.installation === i && x.generator === j);
      if (!found?.pn_w) return;
      const di = (g['donnee_intermediaire'] ?? {}) as DpeNode;
      if (di['pn'] === undefined || di['pn'] === null) di['pn'] = found.pn_w;
      g['donnee_intermediaire'] = di;
    });
  });
  return copy;
}

/**
 * §6.2: a window's solar factor Sw from its inputs: typed in (sw_saisi), else the table row the software chose
 * (tv_sw_id), else the row of its kind of window, frame, glazing, low-e coating and fitting (table sw).
 */
function windowSw(tables: Tables3cl, baie: DpeNode, index: number): number {
  const de = nodeAt(baie, 'donnee_entree');
  const typed = num(de, 'sw_saisi');
  if (typed !== null) return typed;
  const id = num(de, 'tv_sw_id');
  const row =
    id !== null
      ? matchRows(tables, 'sw', { tv_sw_id: id })[0]
      : matchRows(tables, 'sw', {
          enum_type_baie_id: num(de, 'enum_type_baie_id') ?? 4,
          enum_type_materiaux_menuiserie_id: num(de, 'enum_type_materiaux_menuiserie_id') ?? 5,
          enum_type_vitrage_id: num(de, 'enum_type_vitrage_id') ?? 2,
          ...(num(de, 'vitrage_vir') !== null ? { vitrage_vir: num(de, 'vitrage_vir')! } : {}),
        }).find(
          (r) =>
            r['enum_type_pose_id'] === undefined || fieldHas(r, 'enum_type_pose_id', num(de, 'enum_type_pose_id') ?? 2),
        );
  if (row?.['sw'] !== undefined) return cellNumber(row, 'sw');
  const recorded = num(nodeAt(baie, 'donnee_intermediaire'), 'sw');
  if (recorded !== null) return recorded;
  throw new RangeError(
    `enveloppe/baie_vitree_collection/baie_vitree[${index}]: no solar factor (sw_saisi, tv_sw_id or a table sw row)`,
  );
}

/** Heating final energy per generator with its carrier and, for district heating, its network (§ CO2 content). */
function heatingByCarrier(logement: DpeNode, heating: HeatingConsumption): HeatingFinalEnergy['par_energie'] {
  const installations = items(logement, 'installation_chauffage_collection', 'installation_chauffage');
  return heating.generators.map((g) => {
    const de = nodeAt(
      items(installations[g.installation], 'generateur_chauffage_collection', 'generateur_chauffage')[g.generator],
      'donnee_entree',
    );
    return {
      enum_type_energie_id: String(g.enum_type_energie_id),
      conso_kwh: g.conso_kwh,
      identifiant_reseau_chaleur: text(de, 'identifiant_reseau_chaleur'),
      date_arrete_reseau_chaleur: text(de, 'date_arrete_reseau_chaleur'),
    };
  });
}

/**
 * The 3CL-DPE 2021 method (arrêté du 31 mars 2021, annexe 1) on one dwelling described in ADEME's format: envelope
 * losses (§3–4) → needs (§6–11) → heating (§8–9, §12–13, §15) → hot water, cooling, lighting, auxiliaries (§5, §10,
 * §11, §14–16) → primary energy, emissions and classes on `date` (the DPE's date: the electricity factor is 2.3 before
 * 1 January 2026 and 1.9 from then; the class limits of small dwellings apply from 1 July 2024).
 * Throws a RangeError naming the field when the description lacks what the method needs.
 */
export function computeDpe3cl(logement: DpeNode, tables: Tables3cl, options: { date: string }): Dpe3clResult {
  const envelope = envelopeLosses(logement, tables);
  const gv_w_k = envelope.deperdition_enveloppe_w_k;
  const window_sw = items(nodeAt(logement, 'enveloppe'), 'baie_vitree_collection', 'baie_vitree').map((w, i) =>
    windowSw(tables, w, i),
  );
  const n = needs(logement, tables, { gv_w_k, window_sw });
  const heating = heatingConsumption(logement, tables, {
    besoin_ch_kwh: n.besoin_ch_kwh,
    besoin_ch_depensier_kwh: n.besoin_ch_depensier_kwh,
    besoin_ch_mensuel_kwh: n.monthly.heating_wh.map((wh) => wh / 1000),
    gv_w_k,
  });
  const sized = withGeneratorPower(logement, heating);
  const other = otherUses(tables, sized, {
    besoin_ecs_kwh: n.besoin_ecs_kwh,
    besoin_ecs_depensier_kwh: n.besoin_ecs_depensier_kwh,
    besoin_fr_kwh: n.besoin_fr_kwh,
    besoin_fr_depensier_kwh: n.besoin_fr_depensier_kwh,
  });
  const b = balance(tables, {
    logement: sized,
    dateDpe: options.date,
    heating: {
      par_energie: heatingByCarrier(logement, heating),
      conso_auxiliaire_generation_ch_kwh: heating.conso_auxiliaire_generation_ch_kwh,
      conso_auxiliaire_distribution_ch_kwh: heating.conso_auxiliaire_distribution_ch_kwh,
    },
    other,
  });
  return { envelope, needs: n, heating, balance: b, approximations: heating.approximations };
}

/** The date a record was established (administratif/date_etablissement_dpe), for replaying it. */
export function recordDate(tree: DpeNode): string | null {
  const d = nodeAt(tree, 'administratif')?.['date_etablissement_dpe'];
  return typeof d === 'string' ? d : null;
}
