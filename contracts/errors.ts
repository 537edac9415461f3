/** The one error shape every endpoint answers with (4xx and 5xx). */
import { z } from 'zod';
import { JsonValue } from './common';

export const ErrorDetail = z
  .object({
    field: z.string().meta({ description: 'the request field at fault, e.g. "bbox" or "selection.ids"' }),
    message: z.string(),
  })
  .catchall(JsonValue)
  .meta({ id: 'ErrorDetail' });
export type ErrorDetail = z.infer<typeof ErrorDetail>;

export const ErrorResponse = z
  .strictObject({
    error: z.strictObject({
      code: z.string().meta({ example: 'invalid_request' }),
      message: z.string().meta({ example: 'bbox: minLon must be less than maxLon' }),
      details: z.array(ErrorDetail).optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorResponse = z.infer<typeof ErrorResponse>;
