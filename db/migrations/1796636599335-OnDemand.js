module.exports = class OnDemand1796636599335 {
    name = 'OnDemand1796636599335'

    async up(db) {
        await db.query(`CREATE TABLE "on_demand_event" ("id" character varying NOT NULL, "chain" text NOT NULL, "kind" character varying(15) NOT NULL, "para_id" integer, "amount" numeric NOT NULL, "who" text NOT NULL, "deposit_to" text, "block_number" integer NOT NULL, "timestamp" TIMESTAMP WITH TIME ZONE NOT NULL, "event_index" integer NOT NULL, "extrinsic_hash" text, CONSTRAINT "PK_a866e8319102c1bcd33f2599ed4" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_1d569481333429664eb3b704c8" ON "on_demand_event" ("chain") `)
        await db.query(`CREATE INDEX "IDX_b19abac128953be9cbdcbfdd3c" ON "on_demand_event" ("kind") `)
        await db.query(`CREATE INDEX "IDX_4f3eafbb126f595f92fb92d242" ON "on_demand_event" ("para_id") `)
        await db.query(`CREATE INDEX "IDX_8ba133519b371030569af226d7" ON "on_demand_event" ("who") `)
        await db.query(`CREATE INDEX "IDX_39c13840a38825e9a8362a11c8" ON "on_demand_event" ("block_number") `)
        await db.query(`CREATE INDEX "IDX_8bd7e908269d07d5cf1b694c70" ON "on_demand_event" ("timestamp") `)
    }

    async down(db) {
        await db.query(`DROP INDEX "public"."IDX_8bd7e908269d07d5cf1b694c70"`)
        await db.query(`DROP INDEX "public"."IDX_39c13840a38825e9a8362a11c8"`)
        await db.query(`DROP INDEX "public"."IDX_8ba133519b371030569af226d7"`)
        await db.query(`DROP INDEX "public"."IDX_4f3eafbb126f595f92fb92d242"`)
        await db.query(`DROP INDEX "public"."IDX_b19abac128953be9cbdcbfdd3c"`)
        await db.query(`DROP INDEX "public"."IDX_1d569481333429664eb3b704c8"`)
        await db.query(`DROP TABLE "on_demand_event"`)
    }
}
