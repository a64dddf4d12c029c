import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** The OpenAPI 3.1 document, generated from the same Zod schemas that validate requests. */
export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Werkbrug API',
          version: '1.0.0',
          description:
            'API of Werkbrug, the shared platform of an inclusive-employment network. Sign in with POST /api/auth/login ' +
            '(session cookie; send the returned csrfToken as x-csrf-token on state-changing requests) or use a ' +
            'personal API token as `Authorization: Bearer wb_…`. Errors are `{ statusCode, code, message, errors? }` ' +
            'with messages in the language of Accept-Language (nl-BE default, en).',
        },
        components: {
          securitySchemes: {
            session: { type: 'apiKey', in: 'cookie', name: 'wb_session' },
            apiToken: { type: 'http', scheme: 'bearer' },
          },
        },
        security: [{ session: [] }, { apiToken: [] }],
      },
      transform: (input) => {
        const result = jsonSchemaTransform(input);
        if (input.route.config?.public) {
          return { ...result, schema: { ...result.schema, security: [] } };
        }
        return result;
      },
      transformObject: jsonSchemaTransformObject,
    });
    await app.register(swaggerUi, {
      routePrefix: '/api/docs',
      staticCSP: true,
      uiConfig: { docExpansion: 'list', deepLinking: true },
    });
  },
  { name: 'swagger' },
);
