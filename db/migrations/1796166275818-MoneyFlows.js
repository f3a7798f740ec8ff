// Fees by recipient (collators' pot, DAP), asset fees netted, staking era payouts, DAP drips, MoneyFlowDay.
// The new NOT NULL columns default to 0 so that existing rows survive; the fees module's version 2 makes the
// processor ask for a re-sync (npm run resync), which rewrites them.
module.exports = class MoneyFlows1796166275818 {
    name = 'MoneyFlows1796166275818'

    async up(db) {
        await db.query(`CREATE TABLE "money_flow_day" ("id" character varying NOT NULL, "chain" text NOT NULL, "date" text NOT NULL, "source" character varying(15) NOT NULL, "recipient" character varying(11) NOT NULL, "amount" numeric NOT NULL, "count" integer NOT NULL, "asset_id" character varying, "paid_in_id" character varying, CONSTRAINT "PK_508eb8e4d8a0502e3a2a77c1d60" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_2706a5b94f925588a35ffa1f38" ON "money_flow_day" ("chain") `)
        await db.query(`CREATE INDEX "IDX_437d35143a30af92c69cf693bc" ON "money_flow_day" ("date") `)
        await db.query(`CREATE INDEX "IDX_4f8bed9c4266036f4721498776" ON "money_flow_day" ("asset_id") `)
        await db.query(`CREATE INDEX "IDX_d6a361e047e6aaf3a82d612cff" ON "money_flow_day" ("paid_in_id") `)
        await db.query(`CREATE TABLE "era_payout" ("id" character varying NOT NULL, "chain" text NOT NULL, "block_number" integer NOT NULL, "timestamp" TIMESTAMP WITH TIME ZONE NOT NULL, "event_index" integer NOT NULL, "era" integer NOT NULL, "validator_payout" numeric NOT NULL, "remainder" numeric NOT NULL, "remainder_recipient" character varying(11) NOT NULL, "remainder_account" text, "remainder_event_index" integer, CONSTRAINT "PK_703e2755f22d525f259f979080d" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_0cafb95453e7c555ddced288b3" ON "era_payout" ("chain") `)
        await db.query(`CREATE INDEX "IDX_bb08afc9c2fd7a9c5dd81835d5" ON "era_payout" ("block_number") `)
        await db.query(`CREATE INDEX "IDX_d947e0e209afdfc37f0a99907a" ON "era_payout" ("timestamp") `)
        await db.query(`CREATE TABLE "dap_event" ("id" character varying NOT NULL, "chain" text NOT NULL, "block_number" integer NOT NULL, "timestamp" TIMESTAMP WITH TIME ZONE NOT NULL, "event_index" integer NOT NULL, "kind" character varying(14) NOT NULL, "amount" numeric NOT NULL, "elapsed_millis" numeric, "to_buffer" numeric, "to_stakers" numeric, CONSTRAINT "PK_37efed09e8ad1cf7c24510abf5f" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_e8cba98ffcf9f429c7e92544d3" ON "dap_event" ("chain") `)
        await db.query(`CREATE INDEX "IDX_59c7debf1be8d6072a1fcc0d72" ON "dap_event" ("block_number") `)
        await db.query(`CREATE INDEX "IDX_b4d80ee63d1d24774e2a301b3d" ON "dap_event" ("timestamp") `)
        await db.query(`ALTER TABLE "fee_payment" ADD "native_fee" numeric`)
        await db.query(`ALTER TABLE "fee_payment" ADD "fee_swaps" integer NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "fee_payment" ADD "to_collator_pot" numeric NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "fee_payment" ADD "to_dap" numeric NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "fee_payment" ADD "author" text`)
        await db.query(`ALTER TABLE "fee_day" ADD "to_collator_pot" numeric NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "fee_day" ADD "to_dap" numeric NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "fee_day" ADD "asset_fee_extrinsics" integer NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "fee_day" ADD "asset_fees_native" numeric NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "money_flow_day" ADD CONSTRAINT "FK_4f8bed9c4266036f47214987769" FOREIGN KEY ("asset_id") REFERENCES "asset"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`)
        await db.query(`ALTER TABLE "money_flow_day" ADD CONSTRAINT "FK_d6a361e047e6aaf3a82d612cff6" FOREIGN KEY ("paid_in_id") REFERENCES "asset"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`)
    }

    async down(db) {
        await db.query(`ALTER TABLE "money_flow_day" DROP CONSTRAINT "FK_d6a361e047e6aaf3a82d612cff6"`)
        await db.query(`ALTER TABLE "money_flow_day" DROP CONSTRAINT "FK_4f8bed9c4266036f47214987769"`)
        await db.query(`ALTER TABLE "fee_day" DROP COLUMN "asset_fees_native"`)
        await db.query(`ALTER TABLE "fee_day" DROP COLUMN "asset_fee_extrinsics"`)
        await db.query(`ALTER TABLE "fee_day" DROP COLUMN "to_dap"`)
        await db.query(`ALTER TABLE "fee_day" DROP COLUMN "to_collator_pot"`)
        await db.query(`ALTER TABLE "fee_payment" DROP COLUMN "author"`)
        await db.query(`ALTER TABLE "fee_payment" DROP COLUMN "to_dap"`)
        await db.query(`ALTER TABLE "fee_payment" DROP COLUMN "to_collator_pot"`)
        await db.query(`ALTER TABLE "fee_payment" DROP COLUMN "fee_swaps"`)
        await db.query(`ALTER TABLE "fee_payment" DROP COLUMN "native_fee"`)
        await db.query(`DROP INDEX "public"."IDX_b4d80ee63d1d24774e2a301b3d"`)
        await db.query(`DROP INDEX "public"."IDX_59c7debf1be8d6072a1fcc0d72"`)
        await db.query(`DROP INDEX "public"."IDX_e8cba98ffcf9f429c7e92544d3"`)
        await db.query(`DROP TABLE "dap_event"`)
        await db.query(`DROP INDEX "public"."IDX_d947e0e209afdfc37f0a99907a"`)
        await db.query(`DROP INDEX "public"."IDX_bb08afc9c2fd7a9c5dd81835d5"`)
        await db.query(`DROP INDEX "public"."IDX_0cafb95453e7c555ddced288b3"`)
        await db.query(`DROP TABLE "era_payout"`)
        await db.query(`DROP INDEX "public"."IDX_d6a361e047e6aaf3a82d612cff"`)
        await db.query(`DROP INDEX "public"."IDX_4f8bed9c4266036f4721498776"`)
        await db.query(`DROP INDEX "public"."IDX_437d35143a30af92c69cf693bc"`)
        await db.query(`DROP INDEX "public"."IDX_2706a5b94f925588a35ffa1f38"`)
        await db.query(`DROP TABLE "money_flow_day"`)
    }
}
