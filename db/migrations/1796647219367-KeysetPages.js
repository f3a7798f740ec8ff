module.exports = class KeysetPages1796647219367 {
    name = 'KeysetPages1796647219367'

    async up(db) {
        await db.query(`DROP INDEX "public"."IDX_3f171f38b215b094364cffe2d1"`)
        await db.query(`DROP INDEX "public"."IDX_71596724d0fa0e0cc30c1c4a4d"`)
        await db.query(`DROP INDEX "public"."IDX_89e0bee04d3eaf85f2567bb36e"`)
        await db.query(`CREATE INDEX "IDX_bd9115a1bfc167fd3df7bba3d9" ON "fee_payment" ("payer", "block_number", "event_index") `)
        await db.query(`CREATE INDEX "IDX_7bdaeaf70787bb7661c666c867" ON "fee_payment" ("chain", "block_number", "event_index") `)
        await db.query(`CREATE INDEX "IDX_a20bee04353c476fc0bd61a4aa" ON "fee_payment" ("block_number", "event_index") `)
    }

    async down(db) {
        await db.query(`DROP INDEX "public"."IDX_a20bee04353c476fc0bd61a4aa"`)
        await db.query(`DROP INDEX "public"."IDX_7bdaeaf70787bb7661c666c867"`)
        await db.query(`DROP INDEX "public"."IDX_bd9115a1bfc167fd3df7bba3d9"`)
        await db.query(`CREATE INDEX "IDX_89e0bee04d3eaf85f2567bb36e" ON "fee_payment" ("payer") `)
        await db.query(`CREATE INDEX "IDX_71596724d0fa0e0cc30c1c4a4d" ON "fee_payment" ("block_number") `)
        await db.query(`CREATE INDEX "IDX_3f171f38b215b094364cffe2d1" ON "fee_payment" ("chain") `)
    }
}
