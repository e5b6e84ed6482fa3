#!/usr/bin/env bash
# Creates one database and one login role per SEND Platform service.
#
# Run by the postgres:16 image's entrypoint from /docker-entrypoint-initdb.d,
# ONLY when the data volume is empty (first start). Changing a password in the
# environment later does not change it here: either
#   docker compose exec postgres psql -U postgres -c "ALTER ROLE plan PASSWORD '...'"
# or drop the volume (docker compose down -v) and start again.
#
# Passwords come from the container environment, which docker-compose.yml fills
# from PLAN_DB_PASSWORD, FUNDING_DB_PASSWORD, PLACEMENT_DB_PASSWORD and
# NOTIFICATION_DB_PASSWORD (dev defaults apply when they are unset).
set -euo pipefail

create_service_db() {
  local db="$1" role="$2" password="$3"
  if [[ -z "$password" ]]; then
    echo "01-databases.sh: no password given for role ${role}" >&2
    exit 1
  fi
  echo "01-databases.sh: creating role ${role} and database ${db}"
  # Values go in as psql variables (:"ident" / :'literal'), so quotes in a
  # password cannot break the SQL.
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
       -v db="$db" -v role="$role" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"role" ENCODING 'UTF8';
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT ALL PRIVILEGES ON DATABASE :"db" TO :"role";
SQL
}

create_service_db plan         plan         "${PLAN_DB_PASSWORD:-}"
create_service_db funding      funding      "${FUNDING_DB_PASSWORD:-}"
create_service_db placement    placement    "${PLACEMENT_DB_PASSWORD:-}"
create_service_db notification notification "${NOTIFICATION_DB_PASSWORD:-}"
