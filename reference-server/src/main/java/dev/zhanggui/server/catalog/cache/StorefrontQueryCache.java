package dev.zhanggui.server.catalog.cache;

import dev.zhanggui.server.catalog.cache.CachedAnswers.Answer;
import dev.zhanggui.server.security.ActorProducer;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.parser.Parser;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers repeated anonymous storefront catalog queries (the product listing, a product, the
 * categories, stores, placements, a product's reviews) from memory, ahead of the GraphQL engine.
 *
 * <p>What may be served: a POST of JSON to the GraphQL endpoint with {@code X-Merchant} and no
 * credentials, a query operation whose top-level fields are all public catalog fields, and an
 * answer that was 200 without errors. Anything else (a token, a mutation, a customer's or staff's
 * query, {@code Cache-Control: no-cache}) goes to the engine as if this were not here. An answer is
 * computed by the real endpoint — the request is sent again to this server over loopback, marked
 * to go through ({@code X-Zhanggui-Cache-Fill}) — so it is exactly what an uncached request gets;
 * concurrent misses of one request share one computation.
 *
 * <p>An answer is good until its merchant's catalog or stock changes ({@link CatalogChangeListener}:
 * a PostgreSQL notification from any instance or tool, heard within milliseconds) and for at most
 * {@code zhanggui.storefront-cache.max-age} (sales counts, which notify nothing, and prices whose
 * time has come). While notifications are not being heard, nothing is served from memory.
 * Answers carry {@code X-Zhanggui-Cache: hit} or {@code miss}.
 */
@ApplicationScoped
public class StorefrontQueryCache {
    static final String RESULT_HEADER = "X-Zhanggui-Cache";
    static final String FILL_HEADER = "X-Zhanggui-Cache-Fill";
    /** Top-level query fields anyone may read, whose answers depend on the merchant only. */
    static final Set<String> PUBLIC_FIELDS = Set.of("products", "product", "categories", "category", "placement",
            "stores", "store", "productReviews", "productRatingSummary");
    private static final String CANDIDATE = StorefrontQueryCache.class.getName() + ".candidate";
    private static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final int MAX_ANSWER_BYTES = 1024 * 1024;
    private static final int MAX_KNOWN_QUERIES = 2_000;

    @Inject
    CatalogChangeListener changes;
    @Inject
    Vertx vertx;
    @Inject
    MeterRegistry metrics;
    @ConfigProperty(name = "zhanggui.storefront-cache.enabled", defaultValue = "true")
    boolean enabledAtStart;
    @ConfigProperty(name = "zhanggui.storefront-cache.max-age", defaultValue = "2s")
    Duration maxAge;
    @ConfigProperty(name = "zhanggui.storefront-cache.max-entries", defaultValue = "10000")
    int maxEntries;
    @ConfigProperty(name = "zhanggui.storefront-cache.max-memory", defaultValue = "64M")
    MemorySize maxMemory;
    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql")
    String graphqlPath;

    private final ConcurrentHashMap<String, Boolean> cacheableQueries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Future<Answer>> filling = new ConcurrentHashMap<>();
    private final BodyHandler bodies = BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES);
    private final AtomicLong computations = new AtomicLong();
    private volatile CachedAnswers answers;
    private Counter hits;
    private Counter misses;
    private volatile boolean enabled;
    private volatile HttpClient loopback;

    /** Installed before the GraphQL endpoint and before authentication (it serves anonymous callers only). */
    void install(@Observes Router router) {
        answers = new CachedAnswers(maxAge.toNanos(), maxEntries, maxMemory.asLongValue(), System::nanoTime);
        hits = Counter.builder("zhanggui.storefront.cache.requests").tag("result", "hit")
                .description("Anonymous catalog queries answered from the storefront cache").register(metrics);
        misses = Counter.builder("zhanggui.storefront.cache.requests").tag("result", "miss")
                .description("Anonymous catalog queries the storefront cache had the engine answer").register(metrics);
        Gauge.builder("zhanggui.storefront.cache.bytes", this, cache -> cache.answers.bytes())
                .description("Bytes of answers the storefront cache keeps").register(metrics);
        setEnabled(enabledAtStart);
        router.post(graphqlPath).order(Integer.MIN_VALUE + 2).handler(this::readCandidate).handler(this::serve);
    }

    /** Turns the cache on or off at run time (on also starts listening for catalog changes). */
    void setEnabled(boolean on) {
        if (on) {
            changes.start();
        }
        enabled = on;
    }

    boolean listening() {
        return changes.listening();
    }

    /** How many answers were computed by the engine for the cache so far. */
    long computations() {
        return computations.get();
    }

    private void readCandidate(RoutingContext ctx) {
        if (candidate(ctx.request())) {
            ctx.put(CANDIDATE, Boolean.TRUE);
            bodies.handle(ctx);
        } else {
            ctx.next();
        }
    }

    private boolean candidate(HttpServerRequest request) {
        if (!enabled || !changes.listening() || request.isSSL()) {
            return false;
        }
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        String cacheControl = request.getHeader(HttpHeaders.CACHE_CONTROL);
        return request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getHeader(FILL_HEADER) == null
                && merchant(request) != null
                && contentType != null && contentType.startsWith("application/json")
                && (cacheControl == null || !cacheControl.contains("no-cache"));
    }

    private void serve(RoutingContext ctx) {
        if (ctx.get(CANDIDATE) == null) {
            ctx.next();
            return;
        }
        String key = key(ctx);
        if (key == null) {
            ctx.next();
            return;
        }
        String merchant = merchant(ctx.request());
        long generation = changes.generation(merchant);
        Answer known = answers.get(key, generation);
        if (known != null) {
            hits.increment();
            write(ctx, known, "hit");
            return;
        }
        misses.increment();
        Context context = vertx.getOrCreateContext();
        Promise<Answer> mine = Promise.promise();
        Future<Answer> pending = filling.putIfAbsent(key, mine.future());
        if (pending == null) {
            pending = mine.future();
            compute(ctx, merchant).onComplete(result -> {
                filling.remove(key, mine.future());
                if (result.succeeded() && cacheable(result.result())) {
                    answers.put(key, generation, result.result());
                }
                mine.handle(result);
            });
        }
        pending.onComplete(result -> context.runOnContext(back -> {
            if (result.succeeded()) {
                write(ctx, result.result(), "miss");
            } else {
                Log.debugf(result.cause(), "storefront cache: computing an answer failed, the engine answers");
                ctx.next();
            }
        }));
    }

    /** The request's cache key, or null when it is not a public catalog query. */
    private String key(RoutingContext ctx) {
        JsonObject body;
        try {
            body = ctx.body().asJsonObject();
        } catch (DecodeException | ClassCastException e) {
            return null;
        }
        if (body == null || !(body.getValue("query") instanceof String query)) {
            return null;
        }
        Object operation = body.getValue("operationName");
        Object variables = body.getValue("variables");
        if ((operation != null && !(operation instanceof String))
                || (variables != null && !(variables instanceof JsonObject))) {
            return null;
        }
        String operationName = (String) operation;
        if (!publicCatalogQuery(query, operationName)) {
            return null;
        }
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        return merchant(ctx.request()) + '\n' + (accept == null ? "" : accept) + '\n'
                + (operationName == null ? "" : operationName) + '\n'
                + (variables == null ? "" : ((JsonObject) variables).encode()) + '\n' + query;
    }

    private boolean publicCatalogQuery(String query, String operationName) {
        String shape = (operationName == null ? "" : operationName) + '\n' + query;
        Boolean known = cacheableQueries.get(shape);
        if (known == null) {
            known = analyse(query, operationName);
            if (cacheableQueries.size() < MAX_KNOWN_QUERIES) {
                cacheableQueries.put(shape, known);
            }
        }
        return known;
    }

    /** Whether the operation is a query whose top-level selections are all public catalog fields. */
    static boolean analyse(String query, String operationName) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (RuntimeException invalid) {
            return false; // the engine answers with the syntax error
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        List<OperationDefinition> chosen = operationName == null ? operations
                : operations.stream().filter(o -> operationName.equals(o.getName())).toList();
        if (chosen.size() != 1 || chosen.get(0).getOperation() != OperationDefinition.Operation.QUERY) {
            return false;
        }
        List<Selection> selections = chosen.get(0).getSelectionSet().getSelections();
        return !selections.isEmpty() && selections.stream()
                .allMatch(s -> s instanceof Field field && PUBLIC_FIELDS.contains(field.getName()));
    }

    /** The answer of the real endpoint: the same request again, over loopback, let through. */
    private Future<Answer> compute(RoutingContext ctx, String merchant) {
        computations.incrementAndGet();
        HttpServerRequest request = ctx.request();
        SocketAddress local = request.localAddress();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST)
                .setHost(local.hostAddress()).setPort(local.port()).setURI(request.uri())
                .putHeader(HttpHeaders.CONTENT_TYPE, request.getHeader(HttpHeaders.CONTENT_TYPE))
                .putHeader(ActorProducer.MERCHANT_HEADER, merchant)
                .putHeader(FILL_HEADER, "1");
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null) {
            options.putHeader(HttpHeaders.ACCEPT, accept);
        }
        Buffer body = ctx.body().buffer();
        return client().request(options)
                .compose(outgoing -> outgoing.send(body))
                .compose(response -> response.body().map(answer -> new Answer(response.statusCode(),
                        response.getHeader(HttpHeaders.CONTENT_TYPE), answer.getBytes())));
    }

    private static boolean cacheable(Answer answer) {
        if (answer.status() != 200 || answer.body().length > MAX_ANSWER_BYTES) {
            return false;
        }
        try {
            JsonObject json = new JsonObject(Buffer.buffer(answer.body()));
            return !json.containsKey("errors") && json.getValue("data") instanceof JsonObject;
        } catch (DecodeException e) {
            return false;
        }
    }

    private static void write(RoutingContext ctx, Answer answer, String result) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        if (answer.contentType() != null) {
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, answer.contentType());
        }
        ctx.response().setStatusCode(answer.status()).putHeader(RESULT_HEADER, result).end(Buffer.buffer(answer.body()));
    }

    private static String merchant(HttpServerRequest request) {
        String header = request.getHeader(ActorProducer.MERCHANT_HEADER);
        if (header == null) {
            return null;
        }
        String merchant = header.strip();
        return merchant.isEmpty() ? null : merchant;
    }

    private HttpClient client() {
        HttpClient client = loopback;
        if (client == null) {
            synchronized (this) {
                if (loopback == null) {
                    loopback = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(16));
                }
                client = loopback;
            }
        }
        return client;
    }
}
