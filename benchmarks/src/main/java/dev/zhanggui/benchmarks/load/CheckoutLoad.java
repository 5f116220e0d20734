package dev.zhanggui.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The checkout load benchmark (issue 6): N customers, each in its own thread, go through the whole
 * storefront flow again and again against a running reference server, with nothing in between:
 * add a SKU to the cart → check out the cart (express, tender ONLINE) → start the online payment
 * → the sandbox pays it, which sends the signed gateway callback to the server and waits for its
 * answer. A flow counts as completed when the callback was accepted (the order is then paid,
 * {@code TO_SHIP}). Prints completed orders per second and the latency of the whole flow (p50,
 * p90, p99, max), and of each step; then checks the result: a sample of the orders is paid, and the
 * stock taken from the SKUs is exactly the units of the orders placed.
 *
 * <p>Two commands: {@code realm --customers N --out FILE} writes the shipped Keycloak realm plus
 * load-test customers {@code 13700000001…} (password {@code demo}) for the server's embedded
 * Keycloak ({@code zhanggui.embedded.keycloak-realm}); {@code run [options]} drives the load. See
 * {@code bench/checkout-load.sh}, which does both around a server it starts.
 */
public final class CheckoutLoad {
    static final String PHONE_PREFIX = "137";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Options options;
    /** Keycloak's token endpoint, a few calls at the start. */
    private final HttpClient http;
    /** The server under load: every call of the flow. */
    private final PlainHttp api;
    private final String base;

    private CheckoutLoad(Options options) {
        this.options = options;
        this.base = options.get("base", "http://localhost:8080");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.api = new PlainHttp(base, 30_000);
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !List.of("realm", "run").contains(args[0])) {
            System.err.println("""
                    usage: CheckoutLoad realm --customers N --out FILE [--realm SHIPPED_REALM_JSON]
                           CheckoutLoad run [--base URL] [--issuer URL] [--customers 16] [--warmup 15] [--duration 30]
                                            [--skus 32] [--sample 200]""");
            System.exit(2);
        }
        Options options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
        if (args[0].equals("realm")) {
            writeRealm(options);
        } else {
            System.exit(new CheckoutLoad(options).run() ? 0 : 1);
        }
    }

    // --- the realm ------------------------------------------------------------------------------------

    /** The shipped realm with {@code --customers} more customers of merchant demo, modelled on the first demo customer. */
    static void writeRealm(Options options) throws IOException {
        Path shipped = Path.of(options.get("realm", "reference-server/src/main/resources/keycloak/zhanggui-realm.json"));
        int customers = options.integer("customers", 64);
        ObjectNode realm = (ObjectNode) JSON.readTree(shipped.toFile());
        ArrayNode users = (ArrayNode) realm.get("users");
        JsonNode template = null;
        for (JsonNode user : users) {
            if (user.path("realmRoles").toString().contains("\"customer\"")) {
                template = user;
                break;
            }
        }
        if (template == null) {
            throw new IllegalStateException("The realm " + shipped + " has no customer to copy");
        }
        for (int i = 1; i <= customers; i++) {
            String phone = phone(i);
            ObjectNode user = ((ObjectNode) template).deepCopy();
            user.put("username", phone).put("email", phone + "@load.example.com")
                    .put("firstName", "Load").put("lastName", "Customer " + i);
            ObjectNode attributes = user.putObject("attributes");
            attributes.putArray("merchant").add("demo");
            attributes.putArray("phone_number").add(phone);
            ArrayNode credentials = user.putArray("credentials");
            credentials.addObject().put("type", "password").put("value", "demo").put("temporary", false);
            users.add(user);
        }
        Path out = Path.of(options.required("out"));
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), realm);
        System.out.printf("wrote %s: the shipped realm plus %d load customers %s … %s (password demo)%n",
                out, customers, phone(1), phone(customers));
    }

    static String phone(int i) {
        return PHONE_PREFIX + String.format("%08d", i);
    }

    // --- the run --------------------------------------------------------------------------------------

    private boolean run() throws Exception {
        String issuer = options.get("issuer", "http://localhost:8180/realms/zhanggui");
        int customers = options.integer("customers", 16);
        int skuCount = options.integer("skus", 32);
        Duration warmup = Duration.ofSeconds(options.integer("warmup", 15));
        Duration measured = Duration.ofSeconds(options.integer("duration", 30));

        System.out.printf("checkout load: %s, %d customers, %d SKUs, warm-up %d s, measured %d s%n",
                base, customers, skuCount, warmup.toSeconds(), measured.toSeconds());
        String admin = token(issuer, "admin");
        Fixture fixture = Fixture.create(this, admin, skuCount);
        List<Customer> people = new ArrayList<>();
        for (int i = 1; i <= customers; i++) {
            String token = token(issuer, phone(i));
            expect(call("GET", "/api/v1/me", token, null, null), 200, "register customer " + phone(i));
            people.add(new Customer(phone(i), token));
        }

        Recorder recorder = new Recorder();
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long measureUntil = measureFrom + measured.toNanos();
        CountDownLatch done = new CountDownLatch(customers);
        for (int i = 0; i < customers; i++) {
            Customer customer = people.get(i);
            Random random = new Random(i);
            Thread.ofPlatform().name("customer-" + customer.phone).start(() -> {
                try {
                    while (System.nanoTime() < measureUntil) {
                        flow(customer, fixture, random, recorder, measureFrom, measureUntil);
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        return report(recorder, measured, fixture, admin, people);
    }

    /** One customer's whole checkout flow; records its latency if it started and ended in the measured window. */
    private void flow(Customer customer, Fixture fixture, Random random, Recorder recorder, long from, long until) {
        int sku = random.nextInt(fixture.skuIds.size());
        int quantity = 1 + random.nextInt(3);
        long t0 = System.nanoTime();
        try {
            ObjectNode line = JSON.createObjectNode().put("skuId", fixture.skuIds.get(sku)).put("quantity", quantity);
            expect(call("POST", "/api/v1/me/cart/lines", customer.token, line, null), 200, "add to cart");
            long t1 = System.nanoTime();

            ObjectNode checkout = JSON.createObjectNode();
            checkout.put("carrierId", fixture.carrierId);
            checkout.set("address", address(customer.phone));
            checkout.put("coupon", "NONE");
            checkout.put("tender", "ONLINE");
            JsonNode order = expect(call("POST", "/api/v1/me/orders", customer.token, checkout,
                    UUID.randomUUID().toString()), 201, "checkout");
            fixture.unitsOrdered.computeIfAbsent(fixture.skuIds.get(sku), k -> new LongAdder()).add(quantity);
            String orderId = order.path("id").asText();
            long t2 = System.nanoTime();

            JsonNode payment = expect(call("POST", "/api/v1/me/orders/" + orderId + "/payments", customer.token,
                    null, UUID.randomUUID().toString()), 201, "start payment");
            String outTradeNo = payment.path("payment").path("outTradeNo").asText();
            long t3 = System.nanoTime();

            JsonNode paid = expect(call("POST", "/api/v1/payments/sandbox/" + outTradeNo + "/pay", customer.token,
                    null, null), 200, "sandbox pays");
            if (paid.path("callbackStatus").asInt() != 200) {
                throw new FlowFailure("callback", paid.path("callbackStatus").asInt(), paid.path("callbackAnswer").asText());
            }
            long t4 = System.nanoTime();
            if (t0 >= from && t4 <= until) {
                recorder.completed(orderId, customer, t4 - t0, t1 - t0, t2 - t1, t3 - t2, t4 - t3);
            }
        } catch (FlowFailure e) {
            if (t0 >= from) {
                recorder.failed(e);
            }
        }
    }

    private boolean report(Recorder recorder, Duration measured, Fixture fixture, String admin,
                           List<Customer> people) throws Exception {
        int n = recorder.flows.size();
        System.out.println();
        System.out.printf("completed orders: %d in %d s = %.1f orders/s%n", n, measured.toSeconds(),
                n / (double) measured.toSeconds());
        if (n > 0) {
            System.out.println("whole flow      " + Recorder.percentiles(recorder.column(0)));
            System.out.println("  add to cart   " + Recorder.percentiles(recorder.column(1)));
            System.out.println("  checkout      " + Recorder.percentiles(recorder.column(2)));
            System.out.println("  start payment " + Recorder.percentiles(recorder.column(3)));
            System.out.println("  pay+callback  " + Recorder.percentiles(recorder.column(4)));
        }
        long failures = recorder.failures.values().stream().mapToLong(LongAdder::sum).sum();
        System.out.printf("failed flows: %d%n", failures);
        recorder.failures.forEach((what, count) -> System.out.printf("  %6d  %s%n", count.sum(), what));

        boolean ok = failures == 0 && n > 0;
        ok &= checkSample(recorder, options.integer("sample", 200));
        ok &= checkStock(fixture, admin);
        System.out.println(ok ? "RESULT: OK" : "RESULT: FAILED");
        return ok;
    }

    /** Every sampled order is paid: TO_SHIP with nothing due. */
    private boolean checkSample(Recorder recorder, int size) {
        List<Recorder.Flow> flows = new ArrayList<>(recorder.flows);
        java.util.Collections.shuffle(flows, new Random(7));
        int wrong = 0;
        List<Recorder.Flow> sample = flows.subList(0, Math.min(size, flows.size()));
        for (Recorder.Flow flow : sample) {
            JsonNode order = expect(call("GET", "/api/v1/me/orders/" + flow.orderId(), flow.customer().token, null, null),
                    200, "read order");
            if (!"TO_SHIP".equals(order.path("status").asText()) || !"0.00".equals(order.path("amountDue").asText())) {
                wrong++;
                System.out.printf("  order %s: status %s, due %s%n", flow.orderId(), order.path("status").asText(),
                        order.path("amountDue").asText());
            }
        }
        System.out.printf("check: %d sampled orders paid (TO_SHIP, nothing due): %s%n", sample.size(),
                wrong == 0 ? "yes" : wrong + " are not");
        return wrong == 0;
    }

    /** The stock taken from each SKU is exactly the units of the orders placed (warm-up included). */
    private boolean checkStock(Fixture fixture, String admin) {
        long expected = 0;
        long taken = 0;
        for (int i = 0; i < fixture.skuIds.size(); i++) {
            String sku = fixture.skuIds.get(i);
            JsonNode product = expect(call("GET", "/api/v1/products/" + fixture.productIds.get(i), admin, null, null),
                    200, "read product");
            long onHand = product.path("skus").path(0).path("stock").path("onHand").asLong();
            LongAdder ordered = fixture.unitsOrdered.get(sku);
            expected += ordered == null ? 0 : ordered.sum();
            taken += Fixture.STOCK - onHand;
        }
        System.out.printf("check: stock taken %d units, units ordered %d: %s%n", taken, expected,
                taken == expected ? "equal" : "DIFFERENT");
        return taken == expected;
    }

    // --- HTTP -----------------------------------------------------------------------------------------

    private String token(String issuer, String username) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=storefront&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=demo";
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + " (" + answer.statusCode() + "): "
                    + answer.body() + (username.startsWith(PHONE_PREFIX)
                    ? " — start the server with the load realm (bench/checkout-load.sh does)" : ""));
        }
        return JSON.readTree(answer.body()).path("access_token").asText();
    }

    PlainHttp.Answer call(String method, String path, String token, JsonNode body, String idempotencyKey) {
        try {
            return api.send(method, path, token, idempotencyKey, body == null ? null : body.toString());
        } catch (IOException e) {
            throw new FlowFailure(method + " " + path.replaceAll("[0-9a-f-]{20,}", "{id}"), -1, e.toString());
        }
    }

    static JsonNode expect(PlainHttp.Answer answer, int status, String step) {
        if (answer.status() != status) {
            String code = "";
            try {
                code = JSON.readTree(answer.body()).path("code").asText("");
            } catch (IOException ignored) {
                // not JSON: the status says enough
            }
            throw new FlowFailure(step, answer.status(), code.isEmpty() ? abbreviate(answer.body()) : code);
        }
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new FlowFailure(step, answer.status(), "unreadable answer");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }

    private static ObjectNode address(String phone) {
        ObjectNode a = JSON.createObjectNode();
        a.put("recipient", "压测顾客");
        a.put("phone", phone);
        a.put("province", "广东省");
        a.put("city", "深圳市");
        a.put("district", "南山区");
        a.put("detail", "科技园 1 号");
        return a;
    }

    record Customer(String phone, String token) {
    }

    /** A step that did not answer as expected: which step, the HTTP status (-1: no answer) and the error code. */
    static final class FlowFailure extends RuntimeException {
        FlowFailure(String step, int status, String code) {
            super(step + " → " + status + " " + code, null, false, false);
        }
    }

    /** What the run sets up as merchant demo's admin: a carrier and on-sale SKUs with plenty of stock. */
    static final class Fixture {
        static final long STOCK = 10_000_000;
        final String carrierId;
        final List<String> productIds = new ArrayList<>();
        final List<String> skuIds = new ArrayList<>();
        final Map<String, LongAdder> unitsOrdered = new ConcurrentHashMap<>();

        private Fixture(String carrierId) {
            this.carrierId = carrierId;
        }

        static Fixture create(CheckoutLoad load, String admin, int skus) {
            String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
            ObjectNode carrier = JSON.createObjectNode().put("name", "压测快递 " + run)
                    .put("firstKg", "10.00").put("perAdditionalKg", "2.00");
            Fixture fixture = new Fixture(expect(load.call("POST", "/api/v1/carriers", admin, carrier, null), 201,
                    "create carrier").path("id").asText());
            for (int i = 1; i <= skus; i++) {
                String code = "LOAD-" + run + "-" + i;
                String price = (10 + i) + ".90";
                ObjectNode product = JSON.createObjectNode().put("code", code).put("name", "压测商品 " + i);
                product.putArray("skus").addObject().put("code", code + "-S").put("listPrice", price).put("price", price)
                        .put("weightGrams", 300 + 10 * i);
                String id = expect(load.call("POST", "/api/v1/products", admin, product, null), 201, "create product")
                        .path("id").asText();
                expect(load.call("PUT", "/api/v1/products/" + id + "/status", admin,
                        JSON.createObjectNode().put("status", "ON_SALE"), null), 200, "put on sale");
                String sku = expect(load.call("GET", "/api/v1/products/" + id, admin, null, null), 200, "read product")
                        .path("skus").path(0).path("id").asText();
                ObjectNode stock = JSON.createObjectNode().put("skuId", sku).put("quantity", STOCK)
                        .put("reason", "MANUAL_SET").put("note", "checkout load benchmark");
                expect(load.call("POST", "/api/v1/stock-adjustments", admin, stock, null), 201, "set stock");
                fixture.productIds.add(id);
                fixture.skuIds.add(sku);
            }
            return fixture;
        }
    }

    /** The completed flows with their step latencies, and the failures by step and answer. */
    static final class Recorder {
        record Flow(String orderId, Customer customer, long[] nanos) {
        }

        final List<Flow> flows = java.util.Collections.synchronizedList(new ArrayList<>());
        final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        private final AtomicLong printed = new AtomicLong();

        void completed(String orderId, Customer customer, long... nanos) {
            flows.add(new Flow(orderId, customer, nanos));
        }

        void failed(FlowFailure failure) {
            failures.computeIfAbsent(failure.getMessage(), k -> new LongAdder()).increment();
            if (printed.incrementAndGet() <= 5) {
                System.out.println("  failure: " + failure.getMessage());
            }
        }

        long[] column(int index) {
            synchronized (flows) {
                return flows.stream().mapToLong(f -> f.nanos()[index]).sorted().toArray();
            }
        }

        static String percentiles(long[] sorted) {
            return String.format("p50 %6.1f ms   p90 %6.1f ms   p99 %6.1f ms   max %6.1f ms",
                    ms(at(sorted, 0.50)), ms(at(sorted, 0.90)), ms(at(sorted, 0.99)), ms(sorted[sorted.length - 1]));
        }

        private static long at(long[] sorted, double quantile) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
        }

        private static double ms(long nanos) {
            return nanos / 1_000_000.0;
        }
    }

    /** {@code --name value} pairs. */
    record Options(Map<String, String> values) {
        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("Expected --name value, got " + args[i]);
                }
                values.put(args[i].substring(2), args[++i]);
            }
            return new Options(values);
        }

        String get(String name, String otherwise) {
            return values.getOrDefault(name, otherwise);
        }

        String required(String name) {
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return value;
        }

        int integer(String name, int otherwise) {
            return Integer.parseInt(get(name, String.valueOf(otherwise)));
        }
    }
}
