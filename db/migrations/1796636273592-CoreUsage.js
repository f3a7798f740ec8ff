module.exports = class CoreUsage1796636273592 {
    name = 'CoreUsage1796636273592'

    async up(db) {
        await db.query(`CREATE TABLE "core_usage_slice" ("id" character varying NOT NULL, "chain" text NOT NULL, "core" integer NOT NULL, "timeslice" integer NOT NULL, "first_block" integer NOT NULL, "last_block" integer NOT NULL, "included" integer NOT NULL, "backed" integer NOT NULL, "pool_included" integer NOT NULL, "task_parts" numeric NOT NULL, "pool_parts" numeric NOT NULL, "idle_parts" numeric NOT NULL, "utilisation" numeric, "assignment" text NOT NULL, "paras" integer array NOT NULL, "first_event_id" text, "first_event_at" TIMESTAMP WITH TIME ZONE, "last_event_id" text, "last_event_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_bd564f2cec6e7a4718f44463617" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_1c6c62160c0def9f687e1fda14" ON "core_usage_slice" ("chain") `)
        await db.query(`CREATE INDEX "IDX_e4f8046ccc5fed3ead22dc26f9" ON "core_usage_slice" ("core") `)
        await db.query(`CREATE INDEX "IDX_cb45d835fb597582b2cc1bc293" ON "core_usage_slice" ("timeslice") `)
        await db.query(`CREATE INDEX "IDX_7ba124c833e53a3940e69b6998" ON "core_usage_slice" ("first_event_id") `)
        await db.query(`CREATE INDEX "IDX_fe3e03634a2c90a3f34b2d8f7a" ON "core_usage_slice" ("last_event_id") `)
        await db.query(`CREATE TABLE "core_usage_day" ("id" character varying NOT NULL, "chain" text NOT NULL, "core" integer NOT NULL, "date" text NOT NULL, "first_block" integer NOT NULL, "last_block" integer NOT NULL, "included" integer NOT NULL, "backed" integer NOT NULL, "pool_included" integer NOT NULL, "task_parts" numeric NOT NULL, "pool_parts" numeric NOT NULL, "idle_parts" numeric NOT NULL, "utilisation" numeric, "assignment" text NOT NULL, "paras" integer array NOT NULL, "first_event_id" text, "last_event_id" text, CONSTRAINT "PK_f0f180a6256ecf0e18510ee4ce8" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_62459ab587bcb4f878dc9f700f" ON "core_usage_day" ("chain") `)
        await db.query(`CREATE INDEX "IDX_c0dd541c0055ae5a4c2871c650" ON "core_usage_day" ("core") `)
        await db.query(`CREATE INDEX "IDX_99532add0c943079232adc072d" ON "core_usage_day" ("date") `)
        await db.query(`CREATE TABLE "para_usage_day" ("id" character varying NOT NULL, "chain" text NOT NULL, "para_id" integer NOT NULL, "date" text NOT NULL, "first_block" integer NOT NULL, "last_block" integer NOT NULL, "included" integer NOT NULL, "backed" integer NOT NULL, "on_demand_included" integer NOT NULL, "cores" integer array NOT NULL, "elastic_slices" integer NOT NULL, "orders" integer NOT NULL, "spot_price_sum" numeric NOT NULL, "first_event_id" text, "last_event_id" text, CONSTRAINT "PK_8e680a0b6423fc18d2f0771c06e" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_b12bdfcb608e45887f3ea23e78" ON "para_usage_day" ("chain") `)
        await db.query(`CREATE INDEX "IDX_9b0e7047b3a0e015014892de37" ON "para_usage_day" ("para_id") `)
        await db.query(`CREATE INDEX "IDX_1a4c5344049ec838a302047026" ON "para_usage_day" ("date") `)
        await db.query(`CREATE TABLE "core_accounting" ("id" character varying NOT NULL, "accounted_to" integer NOT NULL, "timelines" text NOT NULL, "read_blocks" integer array NOT NULL, CONSTRAINT "PK_8654e316e2e380fce682d533af2" PRIMARY KEY ("id"))`)
    }

    async down(db) {
        await db.query(`DROP TABLE "core_accounting"`)
        await db.query(`DROP INDEX "public"."IDX_1a4c5344049ec838a302047026"`)
        await db.query(`DROP INDEX "public"."IDX_9b0e7047b3a0e015014892de37"`)
        await db.query(`DROP INDEX "public"."IDX_b12bdfcb608e45887f3ea23e78"`)
        await db.query(`DROP TABLE "para_usage_day"`)
        await db.query(`DROP INDEX "public"."IDX_99532add0c943079232adc072d"`)
        await db.query(`DROP INDEX "public"."IDX_c0dd541c0055ae5a4c2871c650"`)
        await db.query(`DROP INDEX "public"."IDX_62459ab587bcb4f878dc9f700f"`)
        await db.query(`DROP TABLE "core_usage_day"`)
        await db.query(`DROP INDEX "public"."IDX_fe3e03634a2c90a3f34b2d8f7a"`)
        await db.query(`DROP INDEX "public"."IDX_7ba124c833e53a3940e69b6998"`)
        await db.query(`DROP INDEX "public"."IDX_cb45d835fb597582b2cc1bc293"`)
        await db.query(`DROP INDEX "public"."IDX_e4f8046ccc5fed3ead22dc26f9"`)
        await db.query(`DROP INDEX "public"."IDX_1c6c62160c0def9f687e1fda14"`)
        await db.query(`DROP TABLE "core_usage_slice"`)
    }
}
