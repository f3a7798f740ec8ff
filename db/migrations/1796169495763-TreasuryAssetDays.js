module.exports = class TreasuryAssetDays1796169495763 {
    name = 'TreasuryAssetDays1796169495763'

    async up(db) {
        await db.query(`CREATE TABLE "treasury_asset_day" ("id" character varying NOT NULL, "chain" text NOT NULL, "date" text NOT NULL, "inflow" numeric NOT NULL, "outflow" numeric NOT NULL, "closing_balance" numeric, "closing_block" integer, "closed" boolean NOT NULL, "opening_balance" numeric, "opening_block" integer, "drift" numeric, "drift_block" integer, "asset_id" character varying, CONSTRAINT "PK_40330fc908d260da5ebfc34407f" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_0c2e2813805746e66a61b66f1e" ON "treasury_asset_day" ("chain") `)
        await db.query(`CREATE INDEX "IDX_144ccdbc90a46a6441a1f1108d" ON "treasury_asset_day" ("date") `)
        await db.query(`CREATE INDEX "IDX_608b2fba364017d265b4b7ad17" ON "treasury_asset_day" ("asset_id") `)
        await db.query(`ALTER TABLE "treasury_asset_day" ADD CONSTRAINT "FK_608b2fba364017d265b4b7ad17d" FOREIGN KEY ("asset_id") REFERENCES "asset"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`)
    }

    async down(db) {
        await db.query(`ALTER TABLE "treasury_asset_day" DROP CONSTRAINT "FK_608b2fba364017d265b4b7ad17d"`)
        await db.query(`DROP INDEX "public"."IDX_608b2fba364017d265b4b7ad17"`)
        await db.query(`DROP INDEX "public"."IDX_144ccdbc90a46a6441a1f1108d"`)
        await db.query(`DROP INDEX "public"."IDX_0c2e2813805746e66a61b66f1e"`)
        await db.query(`DROP TABLE "treasury_asset_day"`)
    }
}
