#!/usr/bin/env bash
# Builds Tandem and starts it on Payara Micro at http://localhost:8080/ with demo data.
# Uses an embedded PostgreSQL unless TANDEM_DB_URL, TANDEM_DB_USER, TANDEM_DB_PASSWORD name a server.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -DskipTests package
exec java -jar config/target/tandem/tandem-launcher.jar
