// In development, tests and the command line the worker is TypeScript source, which Node runs through
// tsx with the CLI's path aliases; the built app points the pool at the compiled chunk instead.
import { register } from 'tsx/esm/api';

register({ tsconfig: new URL('../../../../../tsconfig.cli.json', import.meta.url).pathname });
const worker = await import('./render-worker.ts');
export default worker.default;
