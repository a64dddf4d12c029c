import { describe, expect, it } from 'vitest';
import { call, useTestApp } from '../test/app';

describe('application', () => {
  const t = useTestApp();

  it('should answer health and readiness checks without a session', async () => {
    expect((await call(t.app, null, 'GET', '/healthz')).json()).toEqual({ status: 'ok' });
    expect((await call(t.app, null, 'GET', '/readyz')).json()).toMatchObject({ status: 'ready' });
  });

  it('should publish an OpenAPI 3.1 document describing every API route with its schemas', async () => {
    const res = await call(t.app, null, 'GET', '/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .filter(([path]) => path.startsWith('/api'))
      .flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      );
    const routes = t.app.routeAccess
      .filter((r) => r.url !== '/api/openapi.json')
      .map((r) => `${r.method} ${r.url}`);
    expect(documented.sort()).toEqual(routes.sort());
    const login = doc.paths['/api/auth/login'].post;
    expect(login.security).toEqual([]);
    expect(login.requestBody.content['application/json'].schema.$ref).toBe(
      '#/components/schemas/LoginRequestInput',
    );
    expect(doc.components.schemas.LoginRequestInput.required).toEqual(['email', 'password']);
    expect(doc.components.schemas).toHaveProperty('Organisation');
    expect((await call(t.app, null, 'GET', '/api/docs/')).statusCode).toBe(200);
  });

  it('should answer unknown API routes with a translated 404 body', async () => {
    const res = await call(t.app, null, 'GET', '/api/nothing-here', undefined, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'route_not_found', message: 'This API route does not exist.' });
  });

  it('should send security headers', async () => {
    const res = await call(t.app, null, 'GET', '/healthz');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('should rate-limit sign-in attempts per address', async () => {
    // This file's app allows 1000 a minute; a dedicated app with a low limit proves the limit applies.
    const { buildApp } = await import('./app');
    const { testConfig } = await import('../test/app');
    const limited = await buildApp({
      config: { ...testConfig, loginRateLimitPerMinute: 3 },
      database: t.database,
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await limited.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'x@y.be', password: 'z' },
        });
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('should finish in-flight requests when closing, without waiting for idle keep-alive connections', async () => {
    const { buildApp } = await import('./app');
    const { testConfig } = await import('../test/app');
    const app = await buildApp({ config: testConfig, database: t.database });
    app.get('/api/test-slow', { config: { public: true } }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { finished: true };
    });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const inFlight = fetch(`${address}/api/test-slow`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = app.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ finished: true });
    await closing;
  });
});
