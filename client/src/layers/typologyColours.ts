/** Colours by typology, shared by the buildings layer and the legend. */

export const TYPOLOGY_COLOURS: Readonly<Record<string, string>> = {
  coron: '#b4533a',
  cite_pavillonnaire: '#d4943f',
  cite_jardin: '#6e9b48',
  cite_moderne: '#4f80b3',
  camus: '#8c6bb1',
  heritage: '#2f7f7a',
  house: '#9b8f82',
  apartment: '#6b7b8c',
  other: '#a3a3a3',
};

/** Typologies listed in the legend, in this order. */
export const LEGEND_TYPOLOGIES = [
  'coron',
  'cite_pavillonnaire',
  'cite_jardin',
  'cite_moderne',
  'camus',
  'heritage',
  'house',
  'other',
] as const;

export const HIGHLIGHT_COLOUR = '#ffe03a';

export function typologyColour(typology: string | null): string {
  return (typology && TYPOLOGY_COLOURS[typology]) || TYPOLOGY_COLOURS.other!;
}
