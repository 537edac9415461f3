/** The building panel's line on where the roof comes from: measured by LiDAR, a 3D model, or the attributes. */
import type { BuildingDetail } from '../data/types';
import { formatDate, formatNumber, t, type Lang } from './i18n';

/**
 * « Toit : mesuré par LiDAR (IGN LiDAR HD, 14 mars 2022, 2 pans, écart moyen 0,05 m) », « Toit : modèle 3D
 * (CityJSON) », « Toit : pente d’après les altitudes du toit (BD TOPO) » or « Toit : estimé d’après les attributs »;
 * the date and deviation are left out when unknown.
 */
export function roofSourceText(
  lang: Lang,
  b: Pick<BuildingDetail, 'roof_source' | 'lidar'> & { roof_origin?: BuildingDetail['roof_origin'] },
): string {
  if (b.roof_source === 'cityjson') return t(lang, 'roofSourceCityjson');
  if (b.roof_source !== 'lidar' || !b.lidar) {
    return t(lang, b.roof_origin === 'altitudes' ? 'roofSourceAltitudes' : 'roofSourceAttributes');
  }
  const { acquired_on, faces, rms_m } = b.lidar;
  const details = [
    t(lang, 'roofLidarProduct'),
    ...(acquired_on ? [formatDate(lang, acquired_on)] : []),
    faces.length === 1 ? t(lang, 'roofLidarFace') : t(lang, 'roofLidarFaces', { n: formatNumber(lang, faces.length) }),
    ...(rms_m !== null ? [t(lang, 'roofLidarRms', { rms: formatNumber(lang, rms_m, 2) })] : []),
  ];
  return t(lang, 'roofSourceLidar', { details: details.join(', ') });
}
