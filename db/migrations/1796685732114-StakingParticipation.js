module.exports = class StakingParticipation1796685732114 {
    name = 'StakingParticipation1796685732114'

    async up(db) {
        await db.query(`ALTER TABLE "era_payout" ADD "total_stake" numeric`)
        await db.query(`ALTER TABLE "era_payout" ADD "validators" integer`)
        await db.query(`ALTER TABLE "era_payout" ADD "nominators" integer`)
    }

    async down(db) {
        await db.query(`ALTER TABLE "era_payout" DROP COLUMN "nominators"`)
        await db.query(`ALTER TABLE "era_payout" DROP COLUMN "validators"`)
        await db.query(`ALTER TABLE "era_payout" DROP COLUMN "total_stake"`)
    }
}
