// Worker threads do not inherit the TypeScript loader: register tsx, then run the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
