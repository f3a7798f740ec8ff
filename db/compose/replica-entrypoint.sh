#!/bin/bash
# The read replica (docker-compose service postgres-replica): on first start a base backup of the primary by
# pg_basebackup, streaming its WAL through a physical slot that keeps what the replica has not received yet;
# -R makes the copy a hot standby that follows the primary. Later starts resume streaming from the slot.
set -euo pipefail
: "${PGDATA:=/var/lib/postgresql/data}"
: "${PRIMARY_HOST:=postgres}"
: "${REPLICATION_SLOT:=cloudhub_replica}"
mkdir -p "$PGDATA"
chown postgres:postgres "$PGDATA"
chmod 700 "$PGDATA"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  echo "postgres-replica: base backup of ${PRIMARY_HOST} into ${PGDATA} (slot ${REPLICATION_SLOT})"
  # -C creates the slot; a slot left by an earlier replica whose volume was deleted is dropped first
  gosu postgres psql -h "$PRIMARY_HOST" -U "$PGUSER" -d postgres -v ON_ERROR_STOP=1 -c \
    "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = '${REPLICATION_SLOT}' AND NOT active"
  gosu postgres pg_basebackup -h "$PRIMARY_HOST" -U "$PGUSER" -D "$PGDATA" -X stream -R -C -S "$REPLICATION_SLOT" --checkpoint=fast
fi
exec gosu postgres postgres -D "$PGDATA" -c hot_standby=on
