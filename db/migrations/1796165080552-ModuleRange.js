module.exports = class ModuleRange1796165080552 {
    name = 'ModuleRange1796165080552'

    async up(db) {
        await db.query(`CREATE TABLE "module_range" ("id" character varying NOT NULL, "chain" text NOT NULL, "module" text NOT NULL, "version" integer NOT NULL, "from_block" integer NOT NULL, "to_block" integer NOT NULL, CONSTRAINT "PK_6738915eb6d6c6db55510710dbc" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_9818ecc9d1e88639033bb8496c" ON "module_range" ("chain") `)
        // Databases indexed before this migration were indexed by the code that became fees v1 (every chain) and
        // treasury v1 (the relay, the only chain with decoders for the Treasury pallet then), up to the height in
        // chain_sync. Their true start block is not stored; the first block with a fact of the module stands in.
        await db.query(`INSERT INTO "module_range" ("id", "chain", "module", "version", "from_block", "to_block")
            SELECT s.id || '-fees', s.id, 'fees', 1,
                   least(s.indexed_height, (SELECT min(f.block_number) FROM "fee_payment" f WHERE f.chain = s.id)), s.indexed_height
            FROM "chain_sync" s`)
        await db.query(`INSERT INTO "module_range" ("id", "chain", "module", "version", "from_block", "to_block")
            SELECT s.id || '-treasury', s.id, 'treasury', 1,
                   least(s.indexed_height, (SELECT min(e.block_number) FROM "spend_event" e WHERE e.chain = s.id),
                         (SELECT min(f.block_number) FROM "treasury_flow" f WHERE f.chain = s.id)), s.indexed_height
            FROM "chain_sync" s WHERE s.id = 'relay'`)
    }

    async down(db) {
        await db.query(`DROP INDEX "public"."IDX_9818ecc9d1e88639033bb8496c"`)
        await db.query(`DROP TABLE "module_range"`)
    }
}
