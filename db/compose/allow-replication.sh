#!/bin/bash
# Runs once, when the primary's cluster is created (the postgres image's /docker-entrypoint-initdb.d): lets the
# owner role stream WAL to the read replica over the compose network. The image's own pg_hba.conf line
# ("host all all all") does not cover replication connections.
set -euo pipefail
echo "host replication ${POSTGRES_USER} all scram-sha-256" >> "$PGDATA/pg_hba.conf"
