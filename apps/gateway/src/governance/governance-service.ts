import { randomUUID } from 'node:crypto';
import { ResourceNotFoundException, ValidationException } from '@heimdall/eventstream';
import type {
  CreateCustomerRequest,
  CreateTeamRequest,
  CreateVirtualKeyRequest,
  UpdateCustomerRequest,
  UpdateTeamRequest,
  UpdateVirtualKeyRequest,
} from '@heimdall/spec';
import type { GovernanceSeeds } from '../config/governance-schema.js';
import type { CustomerRecord, TeamRecord, VirtualKeyRecord } from './governance-records.js';
import { GovernanceSnapshot } from './governance-snapshot.js';
import type { GovernanceStore, GovernanceWrite } from './governance-store.js';
import { checkLimitFields } from './limits-mapping.js';
import { seedWrites } from './seed-reconciliation.js';
import { newVirtualKey, updatedVirtualKey } from './virtual-key-changes.js';
import { generateVirtualKeySecret, hashVirtualKeySecret } from './virtual-key-secret.js';

type Kind = 'virtual key' | 'team' | 'customer';
const orKeep = <T>(value: T | null | undefined, current: T | undefined) =>
  value === undefined ? current : (value ?? undefined);

/**
 * Virtual keys, teams and customers: the store, and the copy of it that requests read. A write through this replica
 * is in the copy before the write is answered; a write through another replica arrives with the next poll of the
 * store's version (every `pollIntervalMs`).
 */
export class GovernanceService {
  #snapshot = new GovernanceSnapshot({ customers: [], teams: [], virtualKeys: [] });
  #version = -1;
  #timer: NodeJS.Timeout | undefined;

  constructor(
    readonly store: GovernanceStore,
    private readonly options: { now?: () => number; onPollError?: (error: unknown) => void } = {},
  ) {}

  /** The state requests are authenticated against. */
  get snapshot(): GovernanceSnapshot {
    return this.#snapshot;
  }

  #now = () => new Date((this.options.now ?? Date.now)()).toISOString();

  /** Reloads the copy when the store's version moved (or always, with `force`). */
  async refresh(force = false): Promise<void> {
    const version = await this.store.version();
    if (!force && version === this.#version) return;
    const state = await this.store.load();
    this.#version = version;
    this.#snapshot = new GovernanceSnapshot(state);
  }

  /**
   * Loads the state, makes the store match what the config file seeds (see `seed-reconciliation.ts`), then polls the
   * store's version so that other replicas' writes arrive.
   */
  async start(pollIntervalMs: number, seeds?: GovernanceSeeds): Promise<void> {
    await this.refresh(true);
    const writes = seeds ? seedWrites(this.#snapshot.state, seeds, this.#now()) : [];
    if (writes.length > 0) await this.#write(writes);
    this.#timer = setInterval(() => {
      this.refresh().catch((error: unknown) => this.options.onPollError?.(error));
    }, pollIntervalMs);
    this.#timer.unref();
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  async #write(writes: GovernanceWrite[]): Promise<void> {
    await this.store.write(writes);
    await this.refresh(true);
  }

  #find<T extends { id: string; source: string }>(list: readonly T[], id: string, kind: Kind, editing = false): T {
    const found = list.find((entry) => entry.id === id);
    if (!found) throw new ResourceNotFoundException({ message: `No ${kind} has the id ${id}` });
    if (editing && found.source === 'config') {
      throw new ValidationException({
        message: `The ${kind} ${id} is seeded by the config file, which rewrites it at every start: change it there`,
      });
    }
    return found;
  }

  virtualKey = (id: string) => this.#find(this.#snapshot.state.virtualKeys, id, 'virtual key');
  team = (id: string) => this.#find(this.#snapshot.state.teams, id, 'team');
  customer = (id: string) => this.#find(this.#snapshot.state.customers, id, 'customer');

  /** Refuses references to a team or customer that does not exist. */
  #checkReferences({ teamId, customerId }: { teamId?: string | undefined; customerId?: string | undefined }) {
    const { teams, customers } = this.#snapshot.state;
    if (teamId !== undefined && !teams.some((team) => team.id === teamId)) {
      throw new ValidationException({ message: `team_id: no team has the id ${teamId}` });
    }
    if (customerId !== undefined && !customers.some((customer) => customer.id === customerId)) {
      throw new ValidationException({ message: `customer_id: no customer has the id ${customerId}` });
    }
  }

  async createVirtualKey(body: CreateVirtualKeyRequest): Promise<{ key: VirtualKeyRecord; secret: string }> {
    const secret = generateVirtualKeySecret();
    const key = newVirtualKey(body, { id: randomUUID(), secretHash: hashVirtualKeySecret(secret), now: this.#now() });
    this.#checkReferences(key);
    await this.#write([{ put: 'virtualKey', record: key }]);
    return { key, secret };
  }

  async updateVirtualKey(id: string, body: UpdateVirtualKeyRequest): Promise<VirtualKeyRecord> {
    const current = this.#find(this.#snapshot.state.virtualKeys, id, 'virtual key', true);
    const key = updatedVirtualKey(current, body, this.#now());
    this.#checkReferences(key);
    await this.#write([{ put: 'virtualKey', record: key }]);
    return key;
  }

  async rotateVirtualKey(id: string): Promise<{ key: VirtualKeyRecord; secret: string }> {
    const current = this.#find(this.#snapshot.state.virtualKeys, id, 'virtual key', true);
    const secret = generateVirtualKeySecret();
    const key = { ...current, secretHash: hashVirtualKeySecret(secret), updatedAt: this.#now() };
    await this.#write([{ put: 'virtualKey', record: key }]);
    return { key, secret };
  }

  async deleteVirtualKey(id: string): Promise<void> {
    this.#find(this.#snapshot.state.virtualKeys, id, 'virtual key', true);
    await this.#write([{ delete: 'virtualKey', id }]);
  }

  async createTeam(body: CreateTeamRequest): Promise<TeamRecord> {
    const now = this.#now();
    const team: TeamRecord = {
      id: randomUUID(),
      name: body.name,
      customerId: body.customer_id,
      budget: body.budget,
      rateLimit: body.rate_limit,
      source: 'api',
      createdAt: now,
      updatedAt: now,
    };
    checkLimitFields(team);
    this.#checkReferences({ customerId: team.customerId });
    await this.#write([{ put: 'team', record: team }]);
    return team;
  }

  async updateTeam(id: string, body: UpdateTeamRequest): Promise<TeamRecord> {
    const current = this.#find(this.#snapshot.state.teams, id, 'team', true);
    const team: TeamRecord = {
      ...current,
      name: body.name ?? current.name,
      customerId: orKeep(body.customer_id, current.customerId),
      budget: orKeep(body.budget, current.budget),
      rateLimit: orKeep(body.rate_limit, current.rateLimit),
      updatedAt: this.#now(),
    };
    checkLimitFields(team);
    this.#checkReferences({ customerId: team.customerId });
    await this.#write([{ put: 'team', record: team }]);
    return team;
  }

  async deleteTeam(id: string): Promise<void> {
    this.#find(this.#snapshot.state.teams, id, 'team', true);
    const keys = this.#snapshot.state.virtualKeys.filter((key) => key.teamId === id).length;
    if (keys > 0) {
      throw new ValidationException({
        message: `The team ${id} still has ${keys} virtual key${keys === 1 ? '' : 's'}: move or delete them first`,
      });
    }
    await this.#write([{ delete: 'team', id }]);
  }

  async createCustomer(body: CreateCustomerRequest): Promise<CustomerRecord> {
    const now = this.#now();
    const customer: CustomerRecord = {
      id: randomUUID(),
      name: body.name,
      budget: body.budget,
      rateLimit: body.rate_limit,
      source: 'api',
      createdAt: now,
      updatedAt: now,
    };
    checkLimitFields(customer);
    await this.#write([{ put: 'customer', record: customer }]);
    return customer;
  }

  async updateCustomer(id: string, body: UpdateCustomerRequest): Promise<CustomerRecord> {
    const current = this.#find(this.#snapshot.state.customers, id, 'customer', true);
    const customer: CustomerRecord = {
      ...current,
      name: body.name ?? current.name,
      budget: orKeep(body.budget, current.budget),
      rateLimit: orKeep(body.rate_limit, current.rateLimit),
      updatedAt: this.#now(),
    };
    checkLimitFields(customer);
    await this.#write([{ put: 'customer', record: customer }]);
    return customer;
  }

  async deleteCustomer(id: string): Promise<void> {
    this.#find(this.#snapshot.state.customers, id, 'customer', true);
    const { teams, virtualKeys } = this.#snapshot.state;
    const teamCount = teams.filter((team) => team.customerId === id).length;
    const keyCount = virtualKeys.filter((key) => key.customerId === id).length;
    if (teamCount + keyCount > 0) {
      throw new ValidationException({
        message: `The customer ${id} still has ${teamCount} team(s) and ${keyCount} virtual key(s): move or delete them first`,
      });
    }
    await this.#write([{ delete: 'customer', id }]);
  }
}
