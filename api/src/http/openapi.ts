import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';

/**
 * Every endpoint declared with defineRoute, by "METHOD path" (an app built twice declares each once); the OpenAPI
 * document is generated from them and the contracts/ schemas they name, nothing else.
 */
const routes = new Map<string, RouteConfig>();

export function registerRoute(route: RouteConfig): void {
  routes.set(`${route.method.toUpperCase()} ${route.path}`, route);
}

/** "GET /api/v1/buildings/{id}"… for every declared endpoint, in declaration order. */
export function registeredRoutes(): string[] {
  return [...routes.keys()];
}

export function openApiDocument(): unknown {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: "an organisation's token, issued with `npx cadastre token issue --org <slug>`",
  });
  for (const route of routes.values()) registry.registerPath(route);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'solar-cadastre API',
      version: '1',
      description:
        'Solar cadastre and renovation simulator for the former coal-mining basin of northern France. ' +
        'Units are in field names (_m, _m2, _deg, _kwh_m2); geometry is GeoJSON in WGS84; azimuth clockwise from north.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
  });
}
