module.exports = class MultiAssetBounties1796634990969 {
    name = 'MultiAssetBounties1796634990969'

    // Edited after generation: rows indexed before keep their data (every existing bounty is of the classic pallet,
    // and a longer kind enum widens the column instead of dropping it); the module's version bump re-syncs them.
    async up(db) {
        await db.query(`ALTER TABLE "bounty_event" ADD "payment_id" numeric`)
        await db.query(`ALTER TABLE "child_bounty_event" ADD "payment_id" numeric`)
        await db.query(`ALTER TABLE "child_bounty" ADD "pallet" character varying(18) NOT NULL DEFAULT 'Bounties'`)
        await db.query(`ALTER TABLE "child_bounty" ALTER COLUMN "pallet" DROP DEFAULT`)
        await db.query(`ALTER TABLE "child_bounty" ADD "value" numeric`)
        await db.query(`ALTER TABLE "child_bounty" ADD "curator_fee" numeric`)
        await db.query(`ALTER TABLE "child_bounty" ADD "curator" text`)
        await db.query(`ALTER TABLE "bounty" ADD "pallet" character varying(18) NOT NULL DEFAULT 'Bounties'`)
        await db.query(`ALTER TABLE "bounty" ALTER COLUMN "pallet" DROP DEFAULT`)
        await db.query(`ALTER TABLE "bounty" ADD "value" numeric`)
        await db.query(`ALTER TABLE "bounty" ADD "curator_fee" numeric`)
        await db.query(`ALTER TABLE "bounty" ADD "asset_id" character varying`)
        await db.query(`ALTER TABLE "bounty" ADD "account_balance" numeric`)
        await db.query(`ALTER TABLE "bounty" ADD "account_balance_block" integer`)
        await db.query(`ALTER TABLE "bounty" ADD "funded_by_treasury" numeric`)
        await db.query(`ALTER TABLE "bounty" ADD "funding_flow" text`)
        await db.query(`ALTER TABLE "bounty" ADD "returned_to_treasury" numeric`)
        await db.query(`ALTER TABLE "bounty" ADD "return_flow" text`)
        await db.query(`ALTER TABLE "child_bounty_event" ALTER COLUMN "kind" TYPE character varying(17)`)
        await db.query(`CREATE INDEX "IDX_87e390e60a6f02e7fdd3219fbf" ON "bounty" ("pallet") `)
        await db.query(`CREATE INDEX "IDX_5a6fb0e28acf410a6c9001c669" ON "bounty" ("asset_id") `)
        await db.query(`ALTER TABLE "bounty" ADD CONSTRAINT "FK_5a6fb0e28acf410a6c9001c669d" FOREIGN KEY ("asset_id") REFERENCES "asset"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`)
    }

    async down(db) {
        await db.query(`ALTER TABLE "bounty" DROP CONSTRAINT "FK_5a6fb0e28acf410a6c9001c669d"`)
        await db.query(`DROP INDEX "public"."IDX_5a6fb0e28acf410a6c9001c669"`)
        await db.query(`DROP INDEX "public"."IDX_87e390e60a6f02e7fdd3219fbf"`)
        await db.query(`DELETE FROM "child_bounty_event" WHERE length("kind") > 8`)
        await db.query(`ALTER TABLE "child_bounty_event" ALTER COLUMN "kind" TYPE character varying(8)`)
        await db.query(`ALTER TABLE "bounty" DROP COLUMN "return_flow"`)
        await db.query(`ALTER TABLE "bounty" DROP COLUMN "returned_to_treasury"`)
        await db.query(`ALTER TABLE "bounty" DROP COLUMN "funding_flow"`)
        await db.query(`ALTER TABLE "bounty" DROP COLUMN "funded_by_treasury"`)
        await db.query(`ALTER TABLE "bounty" DROP COLUMN "account_balance_block"`)
        await db.query(`ALTER TABLE "bounty" DROP COLUMN "account_balance"`)
        await db.query(`ALTER TABLE "bounty" DROP COLUMN "asset_id"`)
        await db.query(`ALTER TABLE "bounty" DROP COLUMN "curator_fee"`)
        await db.query(`ALTER TABLE "bounty" DROP COLUMN "value"`)
        await db.query(`ALTER TABLE "bounty" DROP COLUMN "pallet"`)
        await db.query(`ALTER TABLE "child_bounty" DROP COLUMN "curator"`)
        await db.query(`ALTER TABLE "child_bounty" DROP COLUMN "curator_fee"`)
        await db.query(`ALTER TABLE "child_bounty" DROP COLUMN "value"`)
        await db.query(`ALTER TABLE "child_bounty" DROP COLUMN "pallet"`)
        await db.query(`ALTER TABLE "child_bounty_event" DROP COLUMN "payment_id"`)
        await db.query(`ALTER TABLE "bounty_event" DROP COLUMN "payment_id"`)
    }
}
