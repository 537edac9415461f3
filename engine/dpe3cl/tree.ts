import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * A DPE as ADEME publishes it (XML root <dpe>, "dpe 3cl 2021 méthode logement"), read into plain objects: one key per
 * element, numbers as numbers, empty or xsi:nil elements as null, and the children of every `*_collection` element as
 * an array (empty when the collection is empty). The 3CL method (engine/dpe3cl) reads its inputs (`donnee_entree`)
 * from this tree, and tests compare with the record's own intermediate values (`donnee_intermediaire`) and outputs
 * (`logement/sortie`).
 */
export type DpeNode = { [key: string]: DpeValue };
export type DpeValue = string | number | null | DpeNode | DpeNode[];

export class DpeTreeError extends Error {
  constructor(
    message: string,
    /** Where: `line L` or the missing element's path. */
    readonly where: string,
  ) {
    super(`${where}: ${message}`);
    this.name = 'DpeTreeError';
  }
}

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: true,
  trimValues: true,
  // Identifiers such as "01" (département) or "2125E0981916Z" stay text.
  numberParseOptions: { leadingZeros: false, hex: false, eNotation: false },
  isArray: (_name, jpath) => {
    const parts = String(jpath).split('.');
    return parts.length >= 2 && parts[parts.length - 2]!.endsWith('_collection');
  },
});

/** Replaces the parser's empty strings by null and empty collections by []. */
function normalise(value: unknown, key: string): DpeValue {
  if (value === '' || value === undefined) return key.endsWith('_collection') ? ({} as DpeNode) : null;
  if (Array.isArray(value)) return value.map((v) => normalise(v, '') as DpeNode);
  if (typeof value === 'object' && value !== null) {
    const out: DpeNode = {};
    for (const [k, v] of Object.entries(value)) out[k] = normalise(v, k);
    return out;
  }
  // The parser leaves as text the numbers a double cannot hold exactly (e.g. 41872.200794454679): read them as
  // numbers too; identifiers with leading zeros ("01") or letters stay text.
  if (typeof value === 'string' && DECIMAL.test(value)) return Number(value);
  return value as string | number;
}

const DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?$/;

/**
 * Parses one DPE XML document into its tree (the <dpe> element). Throws DpeTreeError for text that is not a complete
 * XML document or whose root is not <dpe> with a <logement>.
 */
export function parseDpeTree(xml: string): DpeNode {
  const check = validationError(xml);
  if (check) throw new DpeTreeError(check.message, `line ${check.line}`);
  const doc = parser.parse(xml) as Record<string, unknown>;
  const root = doc['dpe'];
  if (root === undefined || typeof root !== 'object' || root === null)
    throw new DpeTreeError('the root element is not <dpe>', '<root>');
  const tree = normalise(root, 'dpe') as DpeNode;
  if (typeof tree['logement'] !== 'object' || tree['logement'] === null)
    throw new DpeTreeError('missing', 'dpe/logement');
  return tree;
}

function validationError(xml: string): { message: string; line: number } | null {
  const r = XMLValidator.validate(xml);
  return r === true ? null : { message: r.err.msg, line: r.err.line };
}

/** The node at `path` (slash-separated keys) under `node`, or null. */
export function nodeAt(node: DpeNode | null | undefined, path: string): DpeNode | null {
  let cur: DpeValue | undefined = node ?? null;
  for (const key of path.split('/')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return null;
    cur = cur[key];
  }
  return cur !== null && typeof cur === 'object' && !Array.isArray(cur) ? cur : null;
}

/** The items of a collection: `items(enveloppe, 'mur_collection', 'mur')`. */
export function items(node: DpeNode | null | undefined, collection: string, item: string): DpeNode[] {
  const coll = node?.[collection];
  if (coll === null || coll === undefined || typeof coll !== 'object' || Array.isArray(coll)) return [];
  const list = coll[item];
  return Array.isArray(list) ? list : [];
}

/** A number at `key`, or null when absent or not a number. */
export function num(node: DpeNode | null | undefined, key: string): number | null {
  const v = node?.[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Text at `key` (numbers as their decimal text), or null. */
export function text(node: DpeNode | null | undefined, key: string): string | null {
  const v = node?.[key];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
}
