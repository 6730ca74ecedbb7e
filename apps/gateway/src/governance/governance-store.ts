import type { Kysely } from 'kysely';
import type { DatabaseTables } from '../store/database-tables.js';
import type { CustomerRecord, GovernanceState, TeamRecord, VirtualKeyRecord } from './governance-records.js';
import {
  customerFromRow,
  customerRow,
  teamFromRow,
  teamRow,
  virtualKeyFromRow,
  virtualKeyRow,
} from './governance-rows.js';

type Table = 'governance_customers' | 'governance_teams' | 'governance_virtual_keys';

/** One change to the governance tables; a batch of them is applied in one transaction. */
export type GovernanceWrite =
  | { put: 'customer'; record: CustomerRecord }
  | { put: 'team'; record: TeamRecord }
  | { put: 'virtualKey'; record: VirtualKeyRecord }
  | { delete: 'customer' | 'team' | 'virtualKey'; id: string };

const tables = {
  customer: 'governance_customers',
  team: 'governance_teams',
  virtualKey: 'governance_virtual_keys',
} as const;

/**
 * Virtual keys, teams and customers in the gateway's database (SQLite or PostgreSQL, through Kysely). Every write
 * bumps `governance_version` in the same transaction, so that a replica polling the version reloads after any change.
 */
export class GovernanceStore {
  constructor(private readonly kysely: Kysely<DatabaseTables>) {}

  /** The whole state, newest first in each list: it is small (keys, not requests), and read on a change only. */
  async load(): Promise<GovernanceState> {
    const [customers, teams, virtualKeys] = await Promise.all([
      this.kysely.selectFrom('governance_customers').selectAll().orderBy('created_at', 'desc').orderBy('id').execute(),
      this.kysely.selectFrom('governance_teams').selectAll().orderBy('created_at', 'desc').orderBy('id').execute(),
      this.kysely
        .selectFrom('governance_virtual_keys')
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute(),
    ]);
    return {
      customers: customers.map(customerFromRow),
      teams: teams.map(teamFromRow),
      virtualKeys: virtualKeys.map(virtualKeyFromRow),
    };
  }

  /** The number of writes so far, as every replica sees it. */
  async version(): Promise<number> {
    const row = await this.kysely
      .selectFrom('governance_version')
      .select('version')
      .where('id', '=', 1)
      .executeTakeFirst();
    return Number(row?.version ?? 0);
  }

  /** Applies the writes together, or none of them. */
  async write(writes: readonly GovernanceWrite[]): Promise<void> {
    if (writes.length === 0) return;
    await this.kysely.transaction().execute(async (transaction) => {
      for (const write of writes) {
        if ('delete' in write) {
          const table: Table = tables[write.delete];
          await transaction.deleteFrom(table).where('id', '=', write.id).execute();
          continue;
        }
        const row =
          write.put === 'customer'
            ? customerRow(write.record)
            : write.put === 'team'
              ? teamRow(write.record)
              : virtualKeyRow(write.record as VirtualKeyRecord);
        const { id: _id, ...changes } = row;
        await transaction
          .insertInto(tables[write.put])
          .values(row as never)
          .onConflict((conflict) => conflict.column('id').doUpdateSet(changes as never))
          .execute();
      }
      await transaction
        .updateTable('governance_version')
        .set((expression) => ({ version: expression('version', '+', 1) }))
        .where('id', '=', 1)
        .execute();
    });
  }
}
