import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ChangeServiceRequestStatusBody,
  CreateServiceRequestBody,
  EmployerServiceParams,
  NetworkServiceList,
  NetworkServiceParams,
  NetworkServiceQuery,
  NetworkServiceSchema,
  ServiceRequestList,
  ServiceRequestPage,
  ServiceRequestParams,
  ServiceRequestQuery,
  ServiceRequestSchema,
  SetProvidersBody,
  UpdateNetworkServiceBody,
} from './network-services.schemas';
import {
  changeServiceRequestStatus,
  createServiceRequest,
  findEmployerServiceRequests,
  findServiceRequests,
  findServices,
  getServiceRequest,
  setProviders,
  updateService,
} from './network-services.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/network-services',
    {
      config: { permission: 'service.read' },
      schema: {
        tags: ['network services'],
        summary: "The network's joint service catalogue, with the organisations that offer each service",
        querystring: NetworkServiceQuery,
        response: { 200: NetworkServiceList },
      },
    },
    async (request) => findServices(request.ctx(), request.query),
  );

  app.patch(
    '/network-services/:key',
    {
      config: { permission: 'service.manage' },
      schema: {
        tags: ['network services'],
        summary: 'Rename, describe or (de)activate a service (network admins; 409 on a stale version)',
        params: NetworkServiceParams,
        body: UpdateNetworkServiceBody,
        response: { 200: NetworkServiceSchema },
      },
    },
    async (request) => updateService(request.ctx(), request.params.key, request.body),
  );

  app.put(
    '/network-services/:key/providers',
    {
      config: { permission: 'service.manage' },
      schema: {
        tags: ['network services'],
        summary: 'Set the organisations that offer a service (network admins; 409 on a stale version)',
        params: NetworkServiceParams,
        body: SetProvidersBody,
        response: { 200: NetworkServiceSchema },
      },
    },
    async (request) => setProviders(request.ctx(), request.params.key, request.body),
  );

  app.get(
    '/service-requests',
    {
      config: { permission: 'service_request.read' },
      schema: {
        tags: ['network services'],
        summary:
          'Service requests your organisations carry out (handling), made (requested), or own the employer of',
        querystring: ServiceRequestQuery,
        response: { 200: ServiceRequestPage },
      },
    },
    async (request) => findServiceRequests(request.ctx(), request.query),
  );

  app.get(
    '/employers/:id/service-requests',
    {
      config: { permission: 'employer.read' },
      schema: {
        tags: ['network services'],
        summary: "An employer's service requests (employer contacts: their own employer)",
        params: EmployerServiceParams,
        response: { 200: ServiceRequestList },
      },
    },
    async (request) => findEmployerServiceRequests(request.ctx(), request.params.id),
  );

  app.post(
    '/employers/:id/service-requests',
    {
      config: { permission: 'service_request.write' },
      schema: {
        tags: ['network services'],
        summary:
          'Register a service for the employer, carried out by an organisation that offers it (owner or joint organisations)',
        params: EmployerServiceParams,
        body: CreateServiceRequestBody,
        response: { 201: ServiceRequestSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createServiceRequest(request.ctx(), request.params.id, request.body)),
  );

  app.get(
    '/service-requests/:id',
    {
      config: { permission: 'employer.read' },
      schema: {
        tags: ['network services'],
        summary: 'One service request (employer contacts: of their own employer)',
        params: ServiceRequestParams,
        response: { 200: ServiceRequestSchema },
      },
    },
    async (request) => getServiceRequest(request.ctx(), request.params.id),
  );

  app.post(
    '/service-requests/:id/status',
    {
      config: { permission: 'service_request.write' },
      schema: {
        tags: ['network services'],
        summary:
          'Move a service request on: in_progress, done or cancelled (handling organisation, owner or joint; 409 when not possible or stale)',
        params: ServiceRequestParams,
        body: ChangeServiceRequestStatusBody,
        response: { 200: ServiceRequestSchema },
      },
    },
    async (request) => changeServiceRequestStatus(request.ctx(), request.params.id, request.body),
  );
};

export default routes;
