module.exports = class ReferendumProposalCall1796621979113 {
    name = 'ReferendumProposalCall1796621979113'

    async up(db) {
        await db.query(`ALTER TABLE "referendum" ADD "proposal_call" text`)
        await db.query(`ALTER TABLE "referendum" ADD "proposal_args" text`)
        await db.query(`ALTER TABLE "referendum" ADD "proposal_call_source" text`)
    }

    async down(db) {
        await db.query(`ALTER TABLE "referendum" DROP COLUMN "proposal_call_source"`)
        await db.query(`ALTER TABLE "referendum" DROP COLUMN "proposal_args"`)
        await db.query(`ALTER TABLE "referendum" DROP COLUMN "proposal_call"`)
    }
}
