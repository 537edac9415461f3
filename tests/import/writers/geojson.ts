import fs from 'node:fs';
import { once } from 'node:events';
import type { GenBuilding } from './types.js';

/** Properties of a generated building in the BD TOPO v3 lower-case schema (what IGN's GeoJSON exports carry). */
export function bdTopoProperties(b: GenBuilding): Record<string, unknown> {
  return {
    cleabs: b.id,
    nature: 'Indifférenciée',
    usage_1: b.usage ?? null,
    construction_legere: false,
    etat_de_l_objet: 'En service',
    nombre_de_logements: b.dwellings ?? null,
    nombre_d_etages: b.levels,
    hauteur: b.height_m,
    date_d_apparition: b.year_built ? `${b.year_built}-01-01` : null,
  };
}

function featureJson(b: GenBuilding, properties: (b: GenBuilding) => Record<string, unknown>): string {
  return JSON.stringify({
    type: 'Feature',
    properties: properties(b),
    geometry: { type: 'Polygon', coordinates: [b.ring, ...(b.holes ?? [])] },
  });
}

async function writeLines(out: fs.WriteStream, lines: Iterable<string>): Promise<void> {
  for (const line of lines) if (!out.write(line)) await once(out, 'drain');
}

/**
 * Writes a GeoJSON FeatureCollection streamed to disk, with a GeoJSON 2008 `crs` member when `epsg` is given (and
 * is not 4326). Returns the number of features.
 */
export async function writeGeoJson(
  path: string,
  buildings: Iterable<GenBuilding>,
  options: { epsg?: number; properties?: (b: GenBuilding) => Record<string, unknown> } = {},
): Promise<number> {
  const out = fs.createWriteStream(path);
  const props = options.properties ?? bdTopoProperties;
  let n = 0;
  const crs =
    options.epsg && options.epsg !== 4326
      ? `"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::${options.epsg}"}},`
      : '';
  function* lines() {
    yield `{"type":"FeatureCollection",${crs}"features":[\n`;
    for (const b of buildings) {
      yield `${n === 0 ? '' : ',\n'}${featureJson(b, props)}`;
      n += 1;
    }
    yield '\n]}\n';
  }
  await writeLines(out, lines());
  out.end();
  await once(out, 'finish');
  return n;
}

/** Writes newline-delimited GeoJSON (one Feature per line). Returns the number of features. */
export async function writeNdjson(
  path: string,
  buildings: Iterable<GenBuilding>,
  options: { properties?: (b: GenBuilding) => Record<string, unknown> } = {},
): Promise<number> {
  const out = fs.createWriteStream(path);
  const props = options.properties ?? bdTopoProperties;
  let n = 0;
  function* lines() {
    for (const b of buildings) {
      n += 1;
      yield `${featureJson(b, props)}\n`;
    }
  }
  await writeLines(out, lines());
  out.end();
  await once(out, 'finish');
  return n;
}
