/**
 * `npm start`: builds the web UI when its sources are newer than the last build, then starts the server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const indexHtml = path.join(root, 'dist/web/index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

const builtAt = fs.existsSync(indexHtml) ? fs.statSync(indexHtml).mtimeMs : 0;
const sourcesAt = Math.max(newestMtime(path.join(root, 'web')), newestMtime(path.join(root, 'server/src')));
if (sourcesAt > builtAt) {
  console.log('Building the web UI…');
  // Vite sets NODE_ENV=production in this process while building; the server must see the caller's value.
  const nodeEnv = process.env.NODE_ENV;
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  if (nodeEnv === undefined) {
    delete process.env.NODE_ENV;
  } else {
    process.env.NODE_ENV = nodeEnv;
  }
}
await import('../server/src/server');
