module.exports = class HubPoolLiquidity1796686040233 {
    name = 'HubPoolLiquidity1796686040233'

    // existing pool days had no liquidity counted: 0 until the hub module (v3) re-syncs them
    async up(db) {
        await db.query(`ALTER TABLE "hub_pool_day" ADD "liquidity_events" integer NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "hub_pool_day" ALTER COLUMN "liquidity_events" DROP DEFAULT`)
        await db.query(`ALTER TABLE "hub_pool_day" ADD "liquidity_added1" numeric NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "hub_pool_day" ALTER COLUMN "liquidity_added1" DROP DEFAULT`)
        await db.query(`ALTER TABLE "hub_pool_day" ADD "liquidity_added2" numeric NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "hub_pool_day" ALTER COLUMN "liquidity_added2" DROP DEFAULT`)
        await db.query(`ALTER TABLE "hub_pool_day" ADD "liquidity_removed1" numeric NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "hub_pool_day" ALTER COLUMN "liquidity_removed1" DROP DEFAULT`)
        await db.query(`ALTER TABLE "hub_pool_day" ADD "liquidity_removed2" numeric NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "hub_pool_day" ALTER COLUMN "liquidity_removed2" DROP DEFAULT`)
    }

    async down(db) {
        await db.query(`ALTER TABLE "hub_pool_day" DROP COLUMN "liquidity_removed2"`)
        await db.query(`ALTER TABLE "hub_pool_day" DROP COLUMN "liquidity_removed1"`)
        await db.query(`ALTER TABLE "hub_pool_day" DROP COLUMN "liquidity_added2"`)
        await db.query(`ALTER TABLE "hub_pool_day" DROP COLUMN "liquidity_added1"`)
        await db.query(`ALTER TABLE "hub_pool_day" DROP COLUMN "liquidity_events"`)
    }
}
