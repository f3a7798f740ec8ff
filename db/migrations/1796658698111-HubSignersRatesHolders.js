module.exports = class HubSignersRatesHolders1796658698111 {
    name = 'HubSignersRatesHolders1796658698111'

    async up(db) {
        await db.query(`CREATE TABLE "hub_spend_rate" ("id" character varying NOT NULL, "chain" text NOT NULL, "spend_index" integer NOT NULL, "asset_kind_json" text NOT NULL, "rate_to_native" numeric, "block" integer NOT NULL, "timestamp" TIMESTAMP WITH TIME ZONE NOT NULL, "source" text NOT NULL, CONSTRAINT "PK_4028f8ba9bd45f667d475b22c01" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_9780d211bca672d2df7044371e" ON "hub_spend_rate" ("chain") `)
        await db.query(`ALTER TABLE "hub_asset_day" ADD "touched" integer NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "hub_asset_day" ALTER COLUMN "touched" DROP DEFAULT`)
        await db.query(`ALTER TABLE "hub_asset_day" ADD "holders" integer`)
        await db.query(`ALTER TABLE "hub_asset_day" ADD "holders_block" integer`)
        await db.query(`ALTER TABLE "hub_contract_call" ADD "via" text NOT NULL DEFAULT 'call'`)
        await db.query(`ALTER TABLE "hub_contract_call" ALTER COLUMN "via" DROP DEFAULT`)
        await db.query(`ALTER TABLE "hub_contract_call" ADD "caller_h160" text`)
        await db.query(`CREATE INDEX "IDX_cc91782621435e0b18a8ce45b0" ON "hub_contract_call" ("caller_h160") `)
    }

    async down(db) {
        await db.query(`DROP INDEX "public"."IDX_cc91782621435e0b18a8ce45b0"`)
        await db.query(`ALTER TABLE "hub_contract_call" DROP COLUMN "caller_h160"`)
        await db.query(`ALTER TABLE "hub_contract_call" DROP COLUMN "via"`)
        await db.query(`ALTER TABLE "hub_asset_day" DROP COLUMN "holders_block"`)
        await db.query(`ALTER TABLE "hub_asset_day" DROP COLUMN "holders"`)
        await db.query(`ALTER TABLE "hub_asset_day" DROP COLUMN "touched"`)
        await db.query(`DROP INDEX "public"."IDX_9780d211bca672d2df7044371e"`)
        await db.query(`DROP TABLE "hub_spend_rate"`)
    }
}
