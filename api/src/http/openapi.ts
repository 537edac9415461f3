import { extendZodWithOpenApi, OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

extendZodWithOpenApi(z);

/** The one registry every route definition adds itself to; the OpenAPI document is generated from it. */
export const registry = new OpenAPIRegistry();
registry.registerComponent('securitySchemes', 'bearerAuth', {
  type: 'http',
  scheme: 'bearer',
  description: "an organisation's token, issued with `npx cadastre token issue --org <slug>`",
});

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_request' }),
      message: z.string().openapi({ example: 'bbox: minLon must be less than maxLon' }),
      details: z.array(z.unknown()).optional(),
    }),
  })
  .openapi('Error');

export function openApiDocument(): unknown {
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'solar-cadastre API',
      version: '1',
      description:
        'Solar cadastre and renovation simulator for the former coal-mining basin of northern France. ' +
        'Units are in field names (_m, _m2, _deg, _kwh_m2); geometry is GeoJSON in WGS84; azimuth clockwise from north.',
    },
    servers: [{ url: '/' }],
  });
}

export { z };
