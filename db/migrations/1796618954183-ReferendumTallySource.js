module.exports = class ReferendumTallySource1796618954183 {
    name = 'ReferendumTallySource1796618954183'

    async up(db) {
        await db.query(`ALTER TABLE "referendum" ADD "tally_at" TIMESTAMP WITH TIME ZONE`)
        await db.query(`ALTER TABLE "referendum" ADD "tally_source" character varying(7)`)
    }

    async down(db) {
        await db.query(`ALTER TABLE "referendum" DROP COLUMN "tally_source"`)
        await db.query(`ALTER TABLE "referendum" DROP COLUMN "tally_at"`)
    }
}
