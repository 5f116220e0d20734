#!/usr/bin/env bash
# Benchmark: the storefront checkout flow under load (issue 6). N customers at once, each going
# through add to cart → checkout (express, tender ONLINE) → start the online payment → the sandbox
# pays, which sends the signed gateway callback to the server, again and again. Server, its
# PostgreSQL and Keycloak, and the load driver all run on this machine. Not a test: it prints
# completed orders/s and latency percentiles, then checks the orders are paid and the stock exact.
#
#   ./mvnw -q package -DskipTests && bash bench/checkout-load.sh
#
# CUSTOMERS (16), WARMUP (120 s), DURATION (30 s) and SKUS (32) can be set in the environment.
# The warm-up is long on purpose: on two cores shared with PostgreSQL and the driver, the server's
# JIT compilers are still at a fifth of its CPU a minute into the load, and throughput keeps
# rising until about two minutes in. Shorter warm-ups measure the compiler, not the server.
# Uses its own embedded home (target/checkout-bench-home) and ports, so it does not touch a server
# you run on 8080. Its Keycloak imports the shipped realm plus load customers 13700000001… (the
# driver writes that realm). FRESH=1 starts from an empty database.
set -euo pipefail
cd "$(dirname "$0")/.."

CUSTOMERS=${CUSTOMERS:-16}
WARMUP=${WARMUP:-120}
DURATION=${DURATION:-30}
SKUS=${SKUS:-32}
HOME_DIR=${BENCH_HOME:-$PWD/target/checkout-bench-home}
HTTP_PORT=8091 PG_PORT=54340 KC_PORT=8191
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
DRIVER=(-cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" dev.zhanggui.benchmarks.load.CheckoutLoad)
[ -f reference-server/target/quarkus-app/quarkus-run.jar ] && [ -d benchmarks/target/classes ] \
  || { echo "build first: ./mvnw -q package -DskipTests"; exit 1; }

mkdir -p "$HOME_DIR"
REALM_USERS=$(( CUSTOMERS > 64 ? CUSTOMERS : 64 ))
"$JAVA" "${DRIVER[@]}" realm --customers $REALM_USERS --out "$HOME_DIR/realm.new.json" > /dev/null
if ! cmp -s "$HOME_DIR/realm.new.json" "$HOME_DIR/realm.json"; then
  # Keycloak imports a realm only at its first start: a changed realm needs a new Keycloak database.
  rm -rf "$HOME_DIR/keycloak-data"
  mv "$HOME_DIR/realm.new.json" "$HOME_DIR/realm.json"
fi
[ "${FRESH:-0}" = 1 ] && rm -rf "$HOME_DIR/postgres"

export ZHANGGUI_EMBEDDED_HOME=$HOME_DIR ZHANGGUI_EMBEDDED_POSTGRES_PORT=$PG_PORT \
       ZHANGGUI_EMBEDDED_KEYCLOAK_PORT=$KC_PORT ZHANGGUI_EMBEDDED_KEYCLOAK_REALM=$HOME_DIR/realm.json \
       QUARKUS_HTTP_PORT=$HTTP_PORT ZHANGGUI_PAYMENTS_SANDBOX_ENABLED=true
mkdir -p target
"$JAVA" ${SERVER_JVM_OPTS:--Xmx2g} -jar reference-server/target/quarkus-app/quarkus-run.jar > target/checkout-bench-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -sf "localhost:$HTTP_PORT/q/health/ready" > /dev/null && break
  kill -0 $SERVER 2>/dev/null || { echo "the server did not start (JDK 21+ in JAVA_HOME?): see target/checkout-bench-server.log"; exit 1; }
  sleep 1
done

"$JAVA" "${DRIVER[@]}" run --base "http://localhost:$HTTP_PORT" --issuer "http://localhost:$KC_PORT/realms/zhanggui" \
  --customers "$CUSTOMERS" --warmup "$WARMUP" --duration "$DURATION" --skus "$SKUS"
