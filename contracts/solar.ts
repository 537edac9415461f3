/** GET /sun/position, /sun/path and POST /irradiance: requests and answers. */
import { z } from 'zod';
import { SKY_MODELS } from '../engine/sky/types';

export { SKY_MODELS };

const lat = z.coerce
  .number('must be a number')
  .min(-90, 'must be within [-90, 90]')
  .max(90, 'must be within [-90, 90]')
  .meta({ type: 'number', example: 50.4322, description: 'latitude [°]' });
const lon = z.coerce
  .number('must be a number')
  .min(-180, 'must be within [-180, 180]')
  .max(180, 'must be within [-180, 180]')
  .meta({ type: 'number', example: 2.8333, description: 'longitude [°]' });
const finite = (schema: z.ZodNumber) => schema.refine(Number.isFinite, 'must be a finite number');

export const SunPositionQuery = z
  .object({
    lat,
    lon,
    time: z.iso
      .datetime({ offset: true, message: 'must be an ISO 8601 date-time with a time zone, e.g. 2026-06-21T12:00:00Z' })
      .meta({ example: '2026-06-21T12:00:00+02:00' }),
  })
  .strict();
export type SunPositionQuery = z.input<typeof SunPositionQuery>;

export const SunPathQuery = z
  .object({
    lat,
    lon,
    date: z.iso.date('must be a date YYYY-MM-DD').meta({ example: '2026-06-21' }),
    step_min: z.coerce
      .number()
      .int('must be an integer')
      .min(1, 'must be at least 1')
      .max(120, 'must be at most 120')
      .default(10),
  })
  .strict();
export type SunPathQuery = z.input<typeof SunPathQuery>;

export const SunPositionResponse = z
  .strictObject({ time: z.string(), azimuth_deg: z.number(), elevation_deg: z.number(), zenith_deg: z.number() })
  .meta({ id: 'SunPosition' });
export type SunPositionResponse = z.infer<typeof SunPositionResponse>;

export const SunPathResponse = z
  .strictObject({
    date: z.string(),
    sunrise: z.string().nullable(),
    sunset: z.string().nullable(),
    solar_noon: z.string(),
    positions: z.array(z.strictObject({ time: z.string(), azimuth_deg: z.number(), elevation_deg: z.number() })),
  })
  .meta({ id: 'SunPath' });
export type SunPathResponse = z.infer<typeof SunPathResponse>;

export const IrradianceRequest = z
  .object({
    lat: finite(z.number('must be a number').min(-90, 'must be within [-90, 90]').max(90, 'must be within [-90, 90]')),
    lon: finite(
      z.number('must be a number').min(-180, 'must be within [-180, 180]').max(180, 'must be within [-180, 180]'),
    ),
    planes: z
      .array(
        z
          .object({
            tilt_deg: z.number('must be a number').min(0, 'must be within [0, 90]').max(90, 'must be within [0, 90]'),
            azimuth_deg: z
              .number('must be a number')
              .min(0, 'must be within [0, 360)')
              .lt(360, 'must be within [0, 360)'),
            horizon_deg: z
              .array(z.number('must be a number').min(0, 'must be within [0, 90]').max(90, 'must be within [0, 90]'))
              .min(4, 'must list at least 4 sectors')
              .max(360, 'must list at most 360 sectors')
              .optional()
              .meta({ description: 'obstruction elevation [°] for equal azimuth sectors from north, clockwise' }),
          })
          .strict(),
      )
      .min(1, 'must list at least one plane')
      .max(50, 'must list at most 50 planes'),
    model: z.enum(SKY_MODELS).default('perez'),
    albedo: z.number('must be a number').min(0, 'must be within [0, 1]').max(1, 'must be within [0, 1]').default(0.2),
    weather: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .meta({ description: 'name of an imported typical year; default: the default year' }),
  })
  .strict()
  .meta({ id: 'IrradianceRequest' });
export type IrradianceRequest = z.input<typeof IrradianceRequest>;

export const IrradianceResponse = z
  .strictObject({
    weather: z.string(),
    model: z.enum(SKY_MODELS),
    albedo: z.number(),
    planes: z.array(
      z.strictObject({
        tilt_deg: z.number(),
        azimuth_deg: z.number(),
        annual_kwh_m2: z.number(),
        monthly_kwh_m2: z.array(z.number()).length(12),
        beam_kwh_m2: z.number(),
        diffuse_kwh_m2: z.number(),
        ground_kwh_m2: z.number(),
        sky_view_factor: z.number(),
        unshaded_annual_kwh_m2: z.number(),
      }),
    ),
  })
  .meta({ id: 'IrradianceResponse' });
export type IrradianceResponse = z.infer<typeof IrradianceResponse>;
