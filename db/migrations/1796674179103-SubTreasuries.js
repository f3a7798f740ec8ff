module.exports = class SubTreasuries1796674179103 {
    name = 'SubTreasuries1796674179103'

    async up(db) {
        await db.query(`CREATE TABLE "salary_event" ("id" character varying NOT NULL, "collective" text NOT NULL, "kind" character varying(10) NOT NULL, "cycle_index" integer, "who" text NOT NULL, "beneficiary" text, "amount" numeric, "payment_id" numeric, "block_number" integer NOT NULL, "timestamp" TIMESTAMP WITH TIME ZONE NOT NULL, "event_index" integer NOT NULL, "extrinsic_hash" text, "cycle_id" character varying, CONSTRAINT "PK_9ce1d54e8c8c430a66431f4cee5" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_f91f4106b7f6362c63e0077eae" ON "salary_event" ("collective") `)
        await db.query(`CREATE INDEX "IDX_203cb6bb06098562c9a86a9748" ON "salary_event" ("cycle_id") `)
        await db.query(`CREATE INDEX "IDX_7279b7c7faafc4055b266f34af" ON "salary_event" ("who") `)
        await db.query(`CREATE INDEX "IDX_314dc5c6e4d2bfb662607caf27" ON "salary_event" ("block_number") `)
        await db.query(`CREATE TABLE "salary_cycle" ("id" character varying NOT NULL, "collective" text NOT NULL, "index" integer NOT NULL, "started_block" integer, "started_at" TIMESTAMP WITH TIME ZONE, "started_event_id" text, CONSTRAINT "PK_553834e3147502590fdf5418974" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_a909b905a97b87ddc165b2fa84" ON "salary_cycle" ("collective") `)
        await db.query(`CREATE TABLE "salary_status" ("id" character varying NOT NULL, "cycle_index" integer NOT NULL, CONSTRAINT "PK_ecc78b3863ec8a0059b041aad47" PRIMARY KEY ("id"))`)
        // the rows indexed before are the main treasury's
        await db.query(`ALTER TABLE "spend" ADD "treasury" text NOT NULL DEFAULT 'main'`)
        await db.query(`ALTER TABLE "spend" ALTER COLUMN "treasury" DROP DEFAULT`)
        await db.query(`ALTER TABLE "spend" ADD "funds_sub_treasury" text`)
        await db.query(`ALTER TABLE "treasury_flow" ADD "treasury" text NOT NULL DEFAULT 'main'`)
        await db.query(`ALTER TABLE "treasury_flow" ALTER COLUMN "treasury" DROP DEFAULT`)
        await db.query(`ALTER TABLE "treasury_asset_day" ADD "treasury" text NOT NULL DEFAULT 'main'`)
        await db.query(`ALTER TABLE "treasury_asset_day" ALTER COLUMN "treasury" DROP DEFAULT`)
        // a longer enum value (SubTreasuryPayout): widen the column, keeping its rows
        await db.query(`ALTER TABLE "treasury_flow" ALTER COLUMN "kind" TYPE character varying(17)`)
        await db.query(`CREATE INDEX "IDX_4509a39022cbe57091ecfd2043" ON "spend" ("treasury") `)
        await db.query(`CREATE INDEX "IDX_4efdeeb191aa8f2b219ff9ce4e" ON "spend" ("funds_sub_treasury") `)
        await db.query(`CREATE INDEX "IDX_94bb13fdd1e7b638dd48d85ccf" ON "treasury_flow" ("treasury") `)
        await db.query(`CREATE INDEX "IDX_0ac61969133acec28741337625" ON "treasury_asset_day" ("treasury") `)
        await db.query(`ALTER TABLE "salary_event" ADD CONSTRAINT "FK_203cb6bb06098562c9a86a9748a" FOREIGN KEY ("cycle_id") REFERENCES "salary_cycle"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`)
    }

    async down(db) {
        await db.query(`ALTER TABLE "salary_event" DROP CONSTRAINT "FK_203cb6bb06098562c9a86a9748a"`)
        await db.query(`DROP INDEX "public"."IDX_0ac61969133acec28741337625"`)
        await db.query(`DROP INDEX "public"."IDX_94bb13fdd1e7b638dd48d85ccf"`)
        await db.query(`DROP INDEX "public"."IDX_4efdeeb191aa8f2b219ff9ce4e"`)
        await db.query(`DROP INDEX "public"."IDX_4509a39022cbe57091ecfd2043"`)
        await db.query(`DELETE FROM "treasury_flow" WHERE "kind" = 'SubTreasuryPayout'`)
        await db.query(`ALTER TABLE "treasury_flow" ALTER COLUMN "kind" TYPE character varying(14)`)
        await db.query(`ALTER TABLE "treasury_asset_day" DROP COLUMN "treasury"`)
        await db.query(`ALTER TABLE "treasury_flow" DROP COLUMN "treasury"`)
        await db.query(`ALTER TABLE "spend" DROP COLUMN "funds_sub_treasury"`)
        await db.query(`ALTER TABLE "spend" DROP COLUMN "treasury"`)
        await db.query(`DROP TABLE "salary_status"`)
        await db.query(`DROP INDEX "public"."IDX_a909b905a97b87ddc165b2fa84"`)
        await db.query(`DROP TABLE "salary_cycle"`)
        await db.query(`DROP INDEX "public"."IDX_314dc5c6e4d2bfb662607caf27"`)
        await db.query(`DROP INDEX "public"."IDX_7279b7c7faafc4055b266f34af"`)
        await db.query(`DROP INDEX "public"."IDX_203cb6bb06098562c9a86a9748"`)
        await db.query(`DROP INDEX "public"."IDX_f91f4106b7f6362c63e0077eae"`)
        await db.query(`DROP TABLE "salary_event"`)
    }
}
