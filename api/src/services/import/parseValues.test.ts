import { describe, expect, it } from 'vitest';
import { parseAzimuth, parseCount, parseFlag, parseMetres, parseYear } from './parseValues.js';

describe('dirty attribute values (BD TOPO, OSM)', () => {
  it.each([
    [12, 12],
    ['12', 12],
    ['12.5', 12.5],
    ['12,5', 12.5],
    ['12 m', 12],
    ['12m', 12],
    [' 7 mètres ', 7],
    ['12 ft', null],
    ['12-15', null],
    ['', null],
    [null, null],
    [Number.NaN, null],
    ['tall', null],
  ])('parseMetres(%j) = %j', (input, expected) => expect(parseMetres(input)).toBe(expected));

  it.each([
    [2, 2],
    ['2', 2],
    ['2.0', 2],
    [-1, null],
    ['two', null],
  ])('parseCount(%j) = %j', (i, e) => expect(parseCount(i)).toBe(e));

  it.each([
    ['S', 180],
    ['ssw', 202.5],
    ['NE', 45],
    [90, 90],
    ['450', 90],
    [-90, 270],
    ['south', null],
  ])('parseAzimuth(%j) = %j', (i, e) => expect(parseAzimuth(i)).toBe(e));

  it.each([
    [1925, 1925],
    ['1925-01-01', 1925],
    ['01/01/1925', 1925],
    ['0999', null],
    ['3000', null],
    ['unknown', null],
  ])('parseYear(%j) = %j', (i, e) => expect(parseYear(i)).toBe(e));

  it.each([
    [true, true],
    ['oui', true],
    ['no', false],
    [0, false],
    ['maybe', null],
  ])('parseFlag(%j) = %j', (i, e) => expect(parseFlag(i)).toBe(e));
});
