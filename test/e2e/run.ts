/**
 * `npm run test:e2e`: browser tests against a real Werkbrug server, started the way `npm start` starts it
 * (scripts/start.ts: build the UI when stale, then serve), on a free port with a fresh demo database (a new PGlite directory, or a new database on the DATABASE_URL server),
 * runs Playwright (playwright-core driving Debian's Chromium) and cleans up. Without /usr/bin/chromium the tests
 * are skipped with a plain message, unless WERKBRUG_REQUIRE_BROWSER=1 (CI), where that is a failure.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { CHROMIUM_PATH } from './browser';

const root = path.resolve(import.meta.dirname, '../..');

if (!fs.existsSync(CHROMIUM_PATH)) {
  const why = `browser tests need Chromium at ${CHROMIUM_PATH} (install it with: apt-get install -y chromium)`;
  if (process.env.WERKBRUG_REQUIRE_BROWSER === '1') {
    console.error(`Browser tests are required here, but ${why}.`);
    process.exit(1);
  }
  console.warn(`\n  Browser tests were SKIPPED: ${why}.\n`);
  process.exit(0);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(url: string, child: ReturnType<typeof spawn>, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) {
      throw new Error(`the server exited with code ${child.exitCode} before it was ready`);
    }
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server was not ready after ${timeoutMs} ms`);
}

fs.mkdirSync(path.join(root, '.tmp/screenshots'), { recursive: true });

const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: String(port),
  HOST: '127.0.0.1',
  WERKBRUG_DEMO: '1',
  // Every spec signs in several times; the login rate limit itself is covered by the API tests.
  LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
  LOG_LEVEL: 'warn',
};
// As on a newcomer's machine: no NODE_ENV, so the demo network must be allowed.
delete env.NODE_ENV;
let cleanup: () => Promise<void>;
if (process.env.DATABASE_URL) {
  const adminUrl = process.env.DATABASE_URL;
  const name = `werkbrug_e2e_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  cleanup = async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  };
  console.log(`Browser tests on PostgreSQL (fresh database ${name})`);
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkbrug-e2e-'));
  env.DATA_DIR = dir;
  cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  console.log('Browser tests on the embedded PGlite (fresh data directory)');
}

const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
  cwd: root,
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
});
let exitCode = 1;
try {
  await waitForHealth(baseUrl, server, 180_000);
  exitCode = await new Promise<number>((resolve) => {
    const runner = spawn(
      process.execPath,
      [
        path.join(root, 'node_modules/@playwright/test/cli.js'),
        'test',
        '-c',
        'test/e2e/playwright.config.ts',
        ...process.argv.slice(2),
      ],
      { cwd: root, env: { ...process.env, E2E_BASE_URL: baseUrl }, stdio: 'inherit' },
    );
    runner.on('exit', (code) => resolve(code ?? 1));
  });
} catch (error) {
  console.error(`Browser tests could not run: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r).once('error', r));
  await cleanup();
}
process.exit(exitCode);
