module.exports = class Identity1796646667903 {
    name = 'Identity1796646667903'

    async up(db) {
        await db.query(`CREATE TABLE "identity" ("id" character varying NOT NULL, "chain" text NOT NULL, "has_identity" boolean NOT NULL, "display" text, "legal" text, "web" text, "matrix" text, "email" text, "twitter" text, "judgements" text array NOT NULL, "parent" text, "sub_name" text, "subs" text array NOT NULL, "block_number" integer NOT NULL, "timestamp" TIMESTAMP WITH TIME ZONE NOT NULL, "event_index" integer NOT NULL, CONSTRAINT "PK_ff16a44186b286d5e626178f726" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_ed2cfdc27f5e3d085d32056201" ON "identity" ("parent") `)
        await db.query(`CREATE TABLE "identity_event" ("id" character varying NOT NULL, "chain" text NOT NULL, "kind" character varying(20) NOT NULL, "account" text NOT NULL, "main" text, "registrar_index" integer, "deposit" numeric, "block_number" integer NOT NULL, "timestamp" TIMESTAMP WITH TIME ZONE NOT NULL, "event_index" integer NOT NULL, "extrinsic_hash" text, CONSTRAINT "PK_05eb9a80720934f1c886f0c0688" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_9e20e303c039574f2703478e5f" ON "identity_event" ("chain") `)
        await db.query(`CREATE INDEX "IDX_a6ff3599f9e3d57571eb94b587" ON "identity_event" ("kind") `)
        await db.query(`CREATE INDEX "IDX_b88e9015c69aa7eb301307d1cf" ON "identity_event" ("account") `)
        await db.query(`CREATE INDEX "IDX_f630077728f486330401d92743" ON "identity_event" ("block_number") `)
        await db.query(`CREATE INDEX "IDX_b7b22b2c2531d2040198bea156" ON "identity_event" ("timestamp") `)
    }

    async down(db) {
        await db.query(`DROP INDEX "public"."IDX_b7b22b2c2531d2040198bea156"`)
        await db.query(`DROP INDEX "public"."IDX_f630077728f486330401d92743"`)
        await db.query(`DROP INDEX "public"."IDX_b88e9015c69aa7eb301307d1cf"`)
        await db.query(`DROP INDEX "public"."IDX_a6ff3599f9e3d57571eb94b587"`)
        await db.query(`DROP INDEX "public"."IDX_9e20e303c039574f2703478e5f"`)
        await db.query(`DROP TABLE "identity_event"`)
        await db.query(`DROP INDEX "public"."IDX_ed2cfdc27f5e3d085d32056201"`)
        await db.query(`DROP TABLE "identity"`)
    }
}
