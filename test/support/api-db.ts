/**
 * A real embedded Postgres on a free port, migrated and seeded with a few facts, for tests and measurements of the
 * API that need no chain: 17 fee payments, treasury flows and their daily rollups, one spend with its events.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { applyMigrations } from '../../db/migrate'
import { startDatabase, type DatabaseHandle } from '../../db/postgres'
export { freePort } from './ports'
import { freePort } from './ports'


export const SEEDED_FEE_PAYMENTS = 17
/** every seeded fee payment pays this fee and this tip (planck) */
export const SEEDED_FEE = 1_000_000_000n
export const SEEDED_TIP = 10_000_000n
export const SEEDED_DAY = '2025-01-02'

export interface SeededDb {
  db: DatabaseHandle
  /** runs SQL as the owner (the API's role cannot write) */
  exec(sql: string, params?: unknown[]): Promise<pg.QueryResult>
  close(): Promise<void>
}

/** Starts, migrates and seeds a throwaway database; `close` stops it and removes its files. */
export async function startSeededDb(env: NodeJS.ProcessEnv = {}): Promise<SeededDb> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudhub-apitest-'))
  // mkdtemp makes the directory 0700; as root, the server runs as user `postgres` and must enter it.
  fs.chmodSync(tmp, 0o755)
  const db = await startDatabase({ dataDir: path.join(tmp, 'postgres'), port: await freePort(), env, log: () => {} })
  try {
    await applyMigrations(db.url)
    await seed(db.url)
  } catch (e) {
    await db.stop()
    throw e
  }
  return {
    db,
    exec: async (sql, params = []) => {
      const c = new pg.Client({ connectionString: db.url })
      await c.connect()
      try {
        return await c.query(sql, params)
      } finally {
        await c.end()
      }
    },
    close: async () => {
      await db.stop()
      fs.rmSync(tmp, { recursive: true, force: true })
    },
  }
}

const factId = (block: number, index: number) => `relay-${String(block).padStart(10, '0')}-${String(index).padStart(6, '0')}`
const ALICE = '15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5'

async function seed(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  try {
    const ts = `${SEEDED_DAY}T12:00:00Z`
    await c.query(`INSERT INTO asset (id, symbol, decimals, chain) VALUES ('native', 'DOT', 10, 'relay')`)
    const toTreasury = (SEEDED_FEE * 8n) / 10n
    for (let i = 0; i < SEEDED_FEE_PAYMENTS; i++) {
      const block = 100 + i
      await c.query(
        `INSERT INTO fee_payment (id, chain, block_number, timestamp, event_index, extrinsic_index, payer, fee, tip, to_treasury, to_author, burned, asset_id, native_fee, fee_swaps, to_collator_pot, to_dap)
         VALUES ($1, 'relay', $2, $3, 3, 1, $4, $5, $6, $7, $8, 0, 'native', $5, 0, 0, 0)`,
        [factId(block, 3), block, ts, ALICE, SEEDED_FEE, SEEDED_TIP, toTreasury, SEEDED_FEE - toTreasury + SEEDED_TIP],
      )
      await c.query(
        `INSERT INTO treasury_flow (id, chain, treasury, block_number, timestamp, event_index, direction, kind, amount, asset_id)
         VALUES ($1, 'relay', 'main', $2, $3, 4, 'In', 'Fees', $4, 'native')`,
        [factId(block, 4), block, ts, toTreasury],
      )
    }
    await c.query(
      `INSERT INTO fee_day (id, chain, date, extrinsics, fees, tips, to_treasury, to_author, burned, to_collator_pot, to_dap, asset_fee_extrinsics, asset_fees_native) VALUES ($1, 'relay', $2, $3, $4, $5, $6, $7, 0, 0, 0, 0, 0)`,
      [`relay-${SEEDED_DAY}`, SEEDED_DAY, SEEDED_FEE_PAYMENTS, SEEDED_FEE * 17n, SEEDED_TIP * 17n, toTreasury * 17n, (SEEDED_FEE - toTreasury + SEEDED_TIP) * 17n],
    )
    await c.query(
      `INSERT INTO treasury_day (id, chain, date, in_fees, in_deposits, in_transfers, out_awarded, out_spend_paid, out_burnt, closing_balance, closing_block, flow_count,
                                 in_fees_count, in_deposits_count, in_transfers_count, out_awarded_count, out_spend_paid_count, out_burnt_count,
                                 out_bounty_funded, in_bounty_returned, moved_out, moved_in, closed,
                                 out_bounty_funded_count, in_bounty_returned_count, moved_out_count, moved_in_count, relay_payout, relay_payout_count)
       VALUES ($1, 'relay', $2, $3, 0, 0, 0, 0, 0, $4, 116, $5, $5, 0, 0, 0, 0, 0, 0, 0, 0, 0, false, 0, 0, 0, 0, 0, 0)`,
      [`relay-${SEEDED_DAY}`, SEEDED_DAY, toTreasury * 17n, 5_000_000_000_000n, SEEDED_FEE_PAYMENTS],
    )
    await c.query(
      `INSERT INTO spend (id, chain, treasury, kind, index, status, amount, native_amount, beneficiary, approved_block, approved_at, approved_event_id, asset_id)
       VALUES ('relay-spend-0', 'relay', 'main', 'Local', 0, 'Approved', 70000000000, 70000000000, $1, 110, $2, $3, 'native')`,
      [ALICE, ts, factId(110, 7)],
    )
    await c.query(
      `INSERT INTO spend_event (id, kind, chain, block_number, timestamp, event_index, amount, spend_id) VALUES ($1, 'Approved', 'relay', 110, $2, 7, 70000000000, 'relay-spend-0')`,
      [factId(110, 7), ts],
    )
    await c.query(
      `INSERT INTO chain_sync (id, network, spec_name, spec_version, indexed_height, indexed_at, chain_height, updated_at) VALUES ('relay', 'devnet', 'paseo', 1, 116, $1, 117, $1)`,
      [ts],
    )
  } finally {
    await c.end()
  }
}
