import type { Generated } from 'kysely';

/**
 * The governance tables. Portable between SQLite and PostgreSQL: times are ISO 8601 text, flags are 0 or 1,
 * and structured fields (limits, lists, provider configs) are JSON text, read back through the API's schemas.
 */
export interface GovernanceTables {
  governance_customers: {
    id: string;
    name: string;
    /** `{ budget?, rate_limit? }` as the API writes them. */
    limits: string;
    source: string;
    created_at: string;
    updated_at: string;
  };
  governance_teams: {
    id: string;
    name: string;
    customer_id: string | null;
    limits: string;
    source: string;
    created_at: string;
    updated_at: string;
  };
  governance_virtual_keys: {
    id: string;
    name: string;
    description: string;
    /** SHA-256 of the secret, in hex; unique, and how a presented key is found. */
    secret_hash: string;
    is_active: number;
    expires_at: string | null;
    team_id: string | null;
    customer_id: string | null;
    /** `{ allowed_providers, denied_providers, allowed_models, denied_models, provider_configs, tags }`. */
    policy: string;
    limits: string;
    log_bodies: number;
    source: string;
    created_at: string;
    updated_at: string;
  };
  /**
   * One row, bumped by every write: each replica polls it and reloads its copy of the state when it moves, which is
   * how a change made on one replica reaches the others.
   */
  governance_version: {
    id: number;
    version: Generated<number>;
  };
}
