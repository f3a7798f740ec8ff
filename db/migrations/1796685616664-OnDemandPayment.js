module.exports = class OnDemandPayment1796685616664 {
    name = 'OnDemandPayment1796685616664'

    async up(db) {
        await db.query(`ALTER TABLE "on_demand_event" ADD "payment" character varying(7)`)
        await db.query(`ALTER TABLE "on_demand_event" ADD "payment_event_index" integer`)
    }

    async down(db) {
        await db.query(`ALTER TABLE "on_demand_event" DROP COLUMN "payment_event_index"`)
        await db.query(`ALTER TABLE "on_demand_event" DROP COLUMN "payment"`)
    }
}
