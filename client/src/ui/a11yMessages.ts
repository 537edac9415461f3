/** The texts of the phone's bottom sheet and of the accessible names the other message files lack (merged into i18n.ts's messages). */

export const a11yFr = {
  sheetBar: 'Panneaux',
  sheetBuilding: 'Bâtiment',
  sheetLegend: 'Légende',
  sheetCollapse: 'Réduire',
  sheetCollapseLabel: 'Réduire le panneau pour voir la vue 3D',
  sceneCanvas: 'Vue 3D des bâtiments, des terrils et de l’ombre du soleil',
};

export type A11yKey = keyof typeof a11yFr;

export const a11yEn: Record<A11yKey, string> = {
  sheetBar: 'Panels',
  sheetBuilding: 'Building',
  sheetLegend: 'Legend',
  sheetCollapse: 'Collapse',
  sheetCollapseLabel: 'Collapse the panel to see the 3D view',
  sceneCanvas: '3D view of the buildings, the slag heaps and the sun’s shadows',
};
