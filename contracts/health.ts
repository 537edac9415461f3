/** GET /health. */
import { z } from 'zod';

export const HealthResponse = z
  .strictObject({
    status: z.enum(['ok', 'unavailable']),
    database: z.strictObject({ engine: z.enum(['pglite', 'postgres']), postgis: z.string().nullable() }),
  })
  .meta({ id: 'Health' });
export type HealthResponse = z.infer<typeof HealthResponse>;
