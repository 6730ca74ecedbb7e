import type { Budget, ProviderConfig, RateLimit } from '@heimdall/spec';

/** Who owns an entity: the management API, or the config file, which rewrites its own entities at every start. */
export type EntitySource = 'api' | 'config';

/** What any level of the hierarchy may be limited by, in the management API's own words. */
export interface LimitFields {
  budget?: Budget | undefined;
  rateLimit?: RateLimit | undefined;
}

export interface CustomerRecord extends LimitFields {
  id: string;
  name: string;
  source: EntitySource;
  createdAt: string;
  updatedAt: string;
}

export interface TeamRecord extends LimitFields {
  id: string;
  name: string;
  customerId?: string | undefined;
  source: EntitySource;
  createdAt: string;
  updatedAt: string;
}

/** A stored virtual key: everything but its secret, of which only the SHA-256 digest is kept. */
export interface VirtualKeyRecord extends LimitFields {
  id: string;
  name: string;
  description: string;
  secretHash: string;
  isActive: boolean;
  expiresAt?: string | undefined;
  /** At most one of the two. */
  teamId?: string | undefined;
  customerId?: string | undefined;
  allowedProviders: string[];
  deniedProviders: string[];
  allowedModels: string[];
  deniedModels: string[];
  providerConfigs: ProviderConfig[];
  tags: string[];
  logBodies: boolean;
  source: EntitySource;
  createdAt: string;
  updatedAt: string;
}

/** Everything the gateway knows about governance at one moment, as the store holds it. */
export interface GovernanceState {
  customers: readonly CustomerRecord[];
  teams: readonly TeamRecord[];
  virtualKeys: readonly VirtualKeyRecord[];
}
