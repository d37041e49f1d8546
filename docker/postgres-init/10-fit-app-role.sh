#!/bin/sh
# Run once by the postgres image when it creates its cluster: the API's own role, which owns nothing.
# The schema's owner is POSTGRES_USER (it runs the migrations); FIT grants fit_app its rights at each start.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v app_password="$FIT_APP_DB_PASSWORD" <<'SQL'
CREATE ROLE fit_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
SQL
