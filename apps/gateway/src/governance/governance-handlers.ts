import { AccessDeniedException, ServiceUnavailableException } from '@heimdall/eventstream';
import type {
  CreateCustomerRequest,
  CreateTeamRequest,
  CreateVirtualKeyRequest,
  UpdateCustomerRequest,
  UpdateTeamRequest,
  UpdateVirtualKeyRequest,
  VirtualKeyQuota,
} from '@heimdall/spec';
import type { GatewayContext } from '../app/gateway-context.js';
import type { CounterStore } from '../limits/counter-store.js';
import { configuredKeyQuota } from './configured-key-quota.js';
import type { VirtualKeyRecord } from './governance-records.js';
import type { GovernanceService } from './governance-service.js';
import { customerView, quotaView, teamView, virtualKeyView } from './governance-views.js';
import { quotaWithUsage } from './quota-usage.js';

type Handler = (context: GatewayContext) => Promise<Response>;

/** The body or path parameter the operation's schema already validated. */
const bodyOf = <T>(context: GatewayContext) => context.req.valid('json' as never) as T;
const parameter = (context: GatewayContext, name: string) => context.req.param(name) ?? '';

const withSecret = (message: string, key: VirtualKeyRecord, secret: string) => ({
  message,
  virtual_key: {
    id: key.id,
    name: key.name,
    value: secret,
    is_active: key.isActive,
    ...(key.expiresAt !== undefined && { expires_at: key.expiresAt }),
    ...(key.teamId !== undefined && { team_id: key.teamId }),
    ...(key.customerId !== undefined && { customer_id: key.customerId }),
  },
});

/** The management API's handlers, by their `x-heimdall-handler`; every one answers JSON. */
export function createGovernanceHandlers(governance: GovernanceService | undefined, counters?: CounterStore) {
  // Checked on each request, so that a gateway without a database still starts, and its API says why it cannot answer.
  const service = (): GovernanceService => {
    if (!governance) {
      throw new ServiceUnavailableException({
        message: 'The management API needs the gateway database, which is not open',
      });
    }
    return governance;
  };
  const handlers = {
    getVirtualKeyQuota: async (context) => {
      const { principal } = context.get('exchange');
      if (principal.kind !== 'gateway-key') {
        throw new AccessDeniedException({ message: "The quota is a virtual key's own: send the key as for inference" });
      }
      const stored = service().snapshot.state.virtualKeys.find((key) => key.id === principal.keyId);
      const quota: VirtualKeyQuota = stored
        ? quotaView(service().snapshot.hierarchyOf(stored))
        : configuredKeyQuota(
            { id: principal.keyId, name: principal.keyName ?? principal.keyId, active: principal.policy.active },
            principal.limitScopes,
          );
      return context.json(counters ? await quotaWithUsage(quota, principal.limitScopes, counters) : quota);
    },
    listVirtualKeys: async (context) => {
      const keys = service().snapshot.state.virtualKeys.map(virtualKeyView);
      return context.json({ virtual_keys: keys, count: keys.length });
    },
    createVirtualKey: async (context) => {
      const { key, secret } = await service().createVirtualKey(bodyOf<CreateVirtualKeyRequest>(context));
      return context.json(withSecret('Virtual key created; its secret is shown this once', key, secret));
    },
    getVirtualKey: async (context) =>
      context.json({ virtual_key: virtualKeyView(service().virtualKey(parameter(context, 'vk_id'))) }),
    updateVirtualKey: async (context) => {
      const key = await service().updateVirtualKey(
        parameter(context, 'vk_id'),
        bodyOf<UpdateVirtualKeyRequest>(context),
      );
      return context.json({ message: 'Virtual key updated', virtual_key: virtualKeyView(key) });
    },
    deleteVirtualKey: async (context) => {
      await service().deleteVirtualKey(parameter(context, 'vk_id'));
      return context.json({ message: 'Virtual key deleted' });
    },
    rotateVirtualKey: async (context) => {
      const { key, secret } = await service().rotateVirtualKey(parameter(context, 'vk_id'));
      return context.json(withSecret('Virtual key rotated; the old secret no longer works', key, secret));
    },
    listTeams: async (context) => {
      const teams = service().snapshot.state.teams.map(teamView);
      return context.json({ teams, count: teams.length });
    },
    createTeam: async (context) =>
      context.json({
        message: 'Team created',
        team: teamView(await service().createTeam(bodyOf<CreateTeamRequest>(context))),
      }),
    getTeam: async (context) => context.json({ team: teamView(service().team(parameter(context, 'team_id'))) }),
    updateTeam: async (context) => {
      const team = await service().updateTeam(parameter(context, 'team_id'), bodyOf<UpdateTeamRequest>(context));
      return context.json({ message: 'Team updated', team: teamView(team) });
    },
    deleteTeam: async (context) => {
      await service().deleteTeam(parameter(context, 'team_id'));
      return context.json({ message: 'Team deleted' });
    },
    listCustomers: async (context) => {
      const customers = service().snapshot.state.customers.map(customerView);
      return context.json({ customers, count: customers.length });
    },
    createCustomer: async (context) => {
      const customer = await service().createCustomer(bodyOf<CreateCustomerRequest>(context));
      return context.json({ message: 'Customer created', customer: customerView(customer) });
    },
    getCustomer: async (context) =>
      context.json({ customer: customerView(service().customer(parameter(context, 'customer_id'))) }),
    updateCustomer: async (context) => {
      const customer = await service().updateCustomer(
        parameter(context, 'customer_id'),
        bodyOf<UpdateCustomerRequest>(context),
      );
      return context.json({ message: 'Customer updated', customer: customerView(customer) });
    },
    deleteCustomer: async (context) => {
      await service().deleteCustomer(parameter(context, 'customer_id'));
      return context.json({ message: 'Customer deleted' });
    },
  } satisfies Record<string, Handler>;
  return handlers;
}
