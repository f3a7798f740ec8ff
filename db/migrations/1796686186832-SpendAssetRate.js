// The hub module's HubSpendRate became the assetRate module's SpendAssetRate (it now reads the relay's spends too):
// the table is renamed with its rows, never dropped.
module.exports = class SpendAssetRate1796686186832 {
    name = 'SpendAssetRate1796686186832'

    async up(db) {
        await db.query(`ALTER TABLE "hub_spend_rate" RENAME TO "spend_asset_rate"`)
        await db.query(`ALTER TABLE "spend_asset_rate" RENAME CONSTRAINT "PK_4028f8ba9bd45f667d475b22c01" TO "PK_b62d753a11ab8acc6fa9bde494c"`)
        await db.query(`ALTER INDEX "public"."IDX_9780d211bca672d2df7044371e" RENAME TO "IDX_a7fc07463d71a524f56e4cc985"`)
    }

    async down(db) {
        await db.query(`ALTER INDEX "public"."IDX_a7fc07463d71a524f56e4cc985" RENAME TO "IDX_9780d211bca672d2df7044371e"`)
        await db.query(`ALTER TABLE "spend_asset_rate" RENAME CONSTRAINT "PK_b62d753a11ab8acc6fa9bde494c" TO "PK_4028f8ba9bd45f667d475b22c01"`)
        await db.query(`ALTER TABLE "spend_asset_rate" RENAME TO "hub_spend_rate"`)
    }
}
