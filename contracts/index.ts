/**
 * The HTTP contract of the solar-cadastre API: one zod schema per request and per answer of every endpoint
 * (snake_case, units in the names), shared by the API (validation, OpenAPI) and the client (parsing answers).
 * Pure TypeScript over zod: no I/O, no Node import; enumerations come from engine/. Request types are what a caller
 * sends (`z.input`), answer types what it receives (`z.infer`). OpenAPI metadata is zod's own `.meta()`.
 */
export * from './common';
export * from './errors';
export * from './health';
export * from './buildings';
export * from './lidar';
export * from './solar';
export * from './pv';
export * from './renovation';
export * from './landlord';
export * from './sites';
