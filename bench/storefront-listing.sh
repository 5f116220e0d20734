#!/usr/bin/env bash
# Benchmark: the storefront product listing (GraphQL `products(first: 20)` with SKUs and prices,
# anonymous, merchant demo) over a catalog of 10,000 products. Server, PostgreSQL and the load
# generator (wrk) all run on this machine. Not a test: it prints requests/s and latency percentiles.
#
#   ./mvnw -q package -DskipTests && bash bench/storefront-listing.sh
#
# Needs wrk (Debian: apt-get install wrk) and psql. Uses its own embedded home and ports, so it
# does not touch a server you run on 8080.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk > /dev/null || { echo "needs wrk (Debian: apt-get install wrk)"; exit 1; }

PRODUCTS=${PRODUCTS:-10000}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-30s}
HOME_DIR=${BENCH_HOME:-$PWD/target/bench-home}
HTTP_PORT=8090 PG_PORT=54339 KC_PORT=8190
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

export ZHANGGUI_EMBEDDED_HOME=$HOME_DIR ZHANGGUI_EMBEDDED_POSTGRES_PORT=$PG_PORT \
       ZHANGGUI_EMBEDDED_KEYCLOAK_PORT=$KC_PORT QUARKUS_HTTP_PORT=$HTTP_PORT
mkdir -p target
"$JAVA" -Xmx1g -jar reference-server/target/quarkus-app/quarkus-run.jar > target/bench-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -sf "localhost:$HTTP_PORT/q/health" > /dev/null && break
  kill -0 $SERVER 2>/dev/null || { echo "the server did not start (JDK 21+ in JAVA_HOME?): see target/bench-server.log"; exit 1; }
  sleep 1
done

psql -q -h localhost -p $PG_PORT -U postgres -d zhanggui -v n="$PRODUCTS" <<'SQL'
-- Bulk products of merchant demo, two SKUs each (颜色: 红/蓝), on sale, in one category.
insert into product (id, merchant_id, code, name, barcode, description, images, specs, sort_order, status,
                     sales_count, created_at, updated_at, version, lowest_price)
select gen_random_uuid(), 'demo', 'BENCH-' || g, '压测商品 ' || g || ' 号', '88' || lpad(g::text, 11, '0'),
       '<p>bench</p>', '["https://img.example.com/bench.jpg"]',
       '[{"name": "颜色", "values": ["红", "蓝"]}]', g, 'ON_SALE', g % 500, now(), now(), 0, 10 + g % 90
from generate_series(1, :n) g
where not exists (select 1 from product where merchant_id = 'demo' and code = 'BENCH-1');
insert into sku (id, merchant_id, product_id, position, spec_values, code, barcode, currency, list_price, price,
                 points_price, weight_grams)
select gen_random_uuid(), 'demo', p.id, c.pos, jsonb_build_array(jsonb_build_object('name', '颜色', 'value', c.color)),
       p.code || '-' || c.pos, null, 'CNY', p.lowest_price * 1.2, p.lowest_price + c.pos, null, 300
from product p cross join (values (0, '红'), (1, '蓝')) c(pos, color)
where p.code like 'BENCH-%' and not exists (select 1 from sku s where s.product_id = p.id);
analyze product; analyze sku; analyze product_category;
SQL
echo "catalog: $(psql -Atq -h localhost -p $PG_PORT -U postgres -d zhanggui -c "select count(*) from product where merchant_id = 'demo'") products"

cat > target/bench-listing.lua <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Merchant"] = "demo"
wrk.body = [[{"query":"{ products(first: 20) { edges { cursor node { id code name lowestPrice currency skus { id code price listPrice specValues { name value } } } } pageInfo { hasNextPage endCursor } } }"}]]
response = function(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"') then
    io.stderr:write("bad answer: " .. status .. " " .. string.sub(body, 1, 200) .. "\n")
  end
end
LUA
# The same query twice over: as storefronts send it (answered from the storefront cache once
# computed), and with Cache-Control: no-cache (the GraphQL engine and the database every time).
sed 's/^wrk.headers\["X-Merchant"\] = "demo"$/&\nwrk.headers["Cache-Control"] = "no-cache"/' \
  target/bench-listing.lua > target/bench-listing-uncached.lua
# One answer for the record, then warm up the JIT before measuring.
curl -s -H 'Content-Type: application/json' -H 'X-Merchant: demo' "localhost:$HTTP_PORT/graphql" \
  -d "$(sed -n 's/^wrk.body = \[\[\(.*\)\]\]$/\1/p' target/bench-listing.lua)" | head -c 300; echo
wrk -t2 -c"$CONNECTIONS" -d15s -s target/bench-listing-uncached.lua "http://localhost:$HTTP_PORT/graphql" > /dev/null 2>&1
wrk -t2 -c"$CONNECTIONS" -d15s -s target/bench-listing.lua "http://localhost:$HTTP_PORT/graphql" > /dev/null 2>&1
echo "== storefront listing, as storefronts ask (storefront cache) =="
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s target/bench-listing.lua "http://localhost:$HTTP_PORT/graphql"
echo "== storefront listing, Cache-Control: no-cache (GraphQL engine every time) =="
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s target/bench-listing-uncached.lua "http://localhost:$HTTP_PORT/graphql"
