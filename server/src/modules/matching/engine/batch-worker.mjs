// Worker thread bootstrap: workers do not inherit the server's TypeScript loader (tsx), so load it here first.
import { tsImport } from 'tsx/esm/api';

await tsImport('./batch-worker.ts', import.meta.url);
