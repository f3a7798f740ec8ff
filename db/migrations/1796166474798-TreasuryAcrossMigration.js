module.exports = class TreasuryAcrossMigration1796166474798 {
    name = 'TreasuryAcrossMigration1796166474798'

    async up(db) {
        await db.query(`ALTER TABLE "spend" ADD "continues" text`)
        await db.query(`ALTER TABLE "spend" ADD "from_storage_block" integer`)
        await db.query(`ALTER TABLE "treasury_day" ADD "out_bounty_funded" numeric NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "treasury_day" ADD "in_bounty_returned" numeric NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "treasury_day" ADD "moved_out" numeric NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "treasury_day" ADD "moved_in" numeric NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "treasury_day" ADD "closed" boolean NOT NULL DEFAULT false`)
        await db.query(`ALTER TABLE "treasury_day" ADD "opening_balance" numeric`)
        await db.query(`ALTER TABLE "treasury_day" ADD "opening_block" integer`)
        await db.query(`ALTER TABLE "treasury_day" ADD "drift" numeric`)
        await db.query(`ALTER TABLE "treasury_day" ADD "out_bounty_funded_count" integer NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "treasury_day" ADD "in_bounty_returned_count" integer NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "treasury_day" ADD "moved_out_count" integer NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "treasury_day" ADD "moved_in_count" integer NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "asset" ALTER COLUMN "decimals" DROP NOT NULL`)
        // wider enum columns, keeping their rows (the generator would drop and re-add them)
        await db.query(`ALTER TABLE "spend" ALTER COLUMN "status" TYPE character varying(12)`)
        await db.query(`ALTER TABLE "treasury_flow" ALTER COLUMN "direction" TYPE character varying(4)`)
        await db.query(`ALTER TABLE "treasury_flow" ALTER COLUMN "kind" TYPE character varying(14)`)
        await db.query(`CREATE INDEX "IDX_cb441795e5eed954919ac516be" ON "spend" ("continues") `)
    }

    async down(db) {
        await db.query(`DROP INDEX "public"."IDX_cb441795e5eed954919ac516be"`)
        await db.query(`ALTER TABLE "treasury_flow" ALTER COLUMN "kind" TYPE character varying(9)`)
        await db.query(`ALTER TABLE "treasury_flow" ALTER COLUMN "direction" TYPE character varying(3)`)
        await db.query(`ALTER TABLE "spend" ALTER COLUMN "status" TYPE character varying(9)`)
        await db.query(`ALTER TABLE "asset" ALTER COLUMN "decimals" SET NOT NULL`)
        await db.query(`ALTER TABLE "treasury_day" DROP COLUMN "moved_in_count"`)
        await db.query(`ALTER TABLE "treasury_day" DROP COLUMN "moved_out_count"`)
        await db.query(`ALTER TABLE "treasury_day" DROP COLUMN "in_bounty_returned_count"`)
        await db.query(`ALTER TABLE "treasury_day" DROP COLUMN "out_bounty_funded_count"`)
        await db.query(`ALTER TABLE "treasury_day" DROP COLUMN "drift"`)
        await db.query(`ALTER TABLE "treasury_day" DROP COLUMN "opening_block"`)
        await db.query(`ALTER TABLE "treasury_day" DROP COLUMN "opening_balance"`)
        await db.query(`ALTER TABLE "treasury_day" DROP COLUMN "closed"`)
        await db.query(`ALTER TABLE "treasury_day" DROP COLUMN "moved_in"`)
        await db.query(`ALTER TABLE "treasury_day" DROP COLUMN "moved_out"`)
        await db.query(`ALTER TABLE "treasury_day" DROP COLUMN "in_bounty_returned"`)
        await db.query(`ALTER TABLE "treasury_day" DROP COLUMN "out_bounty_funded"`)
        await db.query(`ALTER TABLE "spend" DROP COLUMN "from_storage_block"`)
        await db.query(`ALTER TABLE "spend" DROP COLUMN "continues"`)
    }
}
