module.exports = class MoneyFlowSlashKind1796621011190 {
    name = 'MoneyFlowSlashKind1796621011190'

    async up(db) {
        await db.query(`ALTER TABLE "money_flow_day" ADD "slash_kind" text`)
    }

    async down(db) {
        await db.query(`ALTER TABLE "money_flow_day" DROP COLUMN "slash_kind"`)
    }
}
