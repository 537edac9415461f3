/** The texts of the roof's source and of the LiDAR data (IGN LiDAR HD), merged into i18n.ts's messages. */

export const lidarFr = {
  roofSourceLidar: 'Toit : mesuré par LiDAR ({details})',
  roofSourceCityjson: 'Toit : modèle 3D (CityJSON)',
  roofSourceAttributes: 'Toit : estimé d’après les attributs',
  roofSourceAltitudes: 'Toit : pente d’après les altitudes du toit (BD TOPO)',
  roofLidarProduct: 'IGN LiDAR HD',
  roofLidarFace: '1 pan',
  roofLidarFaces: '{n} pans',
  roofLidarRms: 'écart moyen {rms} m',
  attributionLidar:
    'Contient des données IGN – LiDAR HD (Institut national de l’information géographique et forestière), Licence Ouverte Etalab 2.0',
};

export const lidarEn: Record<keyof typeof lidarFr, string> = {
  roofSourceLidar: 'Roof: measured by LiDAR ({details})',
  roofSourceCityjson: 'Roof: 3D model (CityJSON)',
  roofSourceAttributes: 'Roof: estimated from the attributes',
  roofSourceAltitudes: 'Roof: pitch from the roof altitudes (BD TOPO)',
  roofLidarProduct: 'IGN LiDAR HD',
  roofLidarFace: '1 face',
  roofLidarFaces: '{n} faces',
  roofLidarRms: 'mean deviation {rms} m',
  attributionLidar:
    'Contains IGN data – LiDAR HD (French national institute of geographic and forest information), Etalab Open Licence 2.0',
};
