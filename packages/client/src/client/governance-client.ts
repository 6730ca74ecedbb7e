import type {
  CreateCustomerRequest,
  CreateTeamRequest,
  CreateVirtualKeyRequest,
  CustomerList,
  CustomerResponse,
  DeletedResponse,
  paths,
  TeamList,
  TeamResponse,
  UpdateCustomerRequest,
  UpdateTeamRequest,
  UpdateVirtualKeyRequest,
  VirtualKeyList,
  VirtualKeyQuota,
  VirtualKeyResponse,
  VirtualKeySecretResponse,
} from '@heimdall/spec';
import type { Client } from 'openapi-fetch';
import { createResponseError } from './response-error.js';

/** The management API of a gateway: virtual keys, teams and customers. Every method needs the client's `adminKey`, but `virtualKeys.quota`. */
export interface GovernanceClient {
  virtualKeys: {
    list(): Promise<VirtualKeyList>;
    /** Creates a key; its secret (`virtual_key.value`) is in this answer only. */
    create(body: CreateVirtualKeyRequest): Promise<VirtualKeySecretResponse>;
    get(id: string): Promise<VirtualKeyResponse>;
    update(id: string, body: UpdateVirtualKeyRequest): Promise<VirtualKeyResponse>;
    delete(id: string): Promise<DeletedResponse>;
    /** Gives the key a new secret (in this answer only); the old one stops working. */
    rotate(id: string): Promise<VirtualKeySecretResponse>;
    /** The budgets and rate limits of the client's own key (`apiKey` or `virtualKey`); no admin key needed. */
    quota(): Promise<VirtualKeyQuota>;
  };
  teams: {
    list(): Promise<TeamList>;
    create(body: CreateTeamRequest): Promise<TeamResponse>;
    get(id: string): Promise<TeamResponse>;
    update(id: string, body: UpdateTeamRequest): Promise<TeamResponse>;
    delete(id: string): Promise<DeletedResponse>;
  };
  customers: {
    list(): Promise<CustomerList>;
    create(body: CreateCustomerRequest): Promise<CustomerResponse>;
    get(id: string): Promise<CustomerResponse>;
    update(id: string, body: UpdateCustomerRequest): Promise<CustomerResponse>;
    delete(id: string): Promise<DeletedResponse>;
  };
}

type Reply<T> = Promise<{ data?: T; error?: unknown; response: Response }>;

/** The data of a successful reply, or the typed error (`AccessDeniedException`, `ValidationException`, …) of a failed one. */
async function unwrap<T>(reply: Reply<T>): Promise<T> {
  const { data, error, response } = await reply;
  if (!response.ok || data === undefined) throw createResponseError(response, error);
  return data;
}

/** The management API's methods over the client's openapi-fetch instance; `adminKey` goes as `Authorization: Bearer`. */
export function createGovernanceClient(api: Client<paths>, adminKey: string | undefined): GovernanceClient {
  const admin = { headers: adminKey === undefined ? {} : { authorization: `Bearer ${adminKey}` } };
  const vk = (id: string) => ({ ...admin, params: { path: { vk_id: id } } });
  const team = (id: string) => ({ ...admin, params: { path: { team_id: id } } });
  const customer = (id: string) => ({ ...admin, params: { path: { customer_id: id } } });
  return {
    virtualKeys: {
      list: () => unwrap(api.GET('/api/governance/virtual-keys', admin)),
      create: (body) => unwrap(api.POST('/api/governance/virtual-keys', { ...admin, body })),
      get: (id) => unwrap(api.GET('/api/governance/virtual-keys/{vk_id}', vk(id))),
      update: (id, body) => unwrap(api.PUT('/api/governance/virtual-keys/{vk_id}', { ...vk(id), body })),
      delete: (id) => unwrap(api.DELETE('/api/governance/virtual-keys/{vk_id}', vk(id))),
      rotate: (id) => unwrap(api.POST('/api/governance/virtual-keys/{vk_id}/rotate', vk(id))),
      quota: () => unwrap(api.GET('/api/governance/virtual-keys/quota')),
    },
    teams: {
      list: () => unwrap(api.GET('/api/governance/teams', admin)),
      create: (body) => unwrap(api.POST('/api/governance/teams', { ...admin, body })),
      get: (id) => unwrap(api.GET('/api/governance/teams/{team_id}', team(id))),
      update: (id, body) => unwrap(api.PUT('/api/governance/teams/{team_id}', { ...team(id), body })),
      delete: (id) => unwrap(api.DELETE('/api/governance/teams/{team_id}', team(id))),
    },
    customers: {
      list: () => unwrap(api.GET('/api/governance/customers', admin)),
      create: (body) => unwrap(api.POST('/api/governance/customers', { ...admin, body })),
      get: (id) => unwrap(api.GET('/api/governance/customers/{customer_id}', customer(id))),
      update: (id, body) => unwrap(api.PUT('/api/governance/customers/{customer_id}', { ...customer(id), body })),
      delete: (id) => unwrap(api.DELETE('/api/governance/customers/{customer_id}', customer(id))),
    },
  };
}
