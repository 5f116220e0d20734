package dev.zhanggui.sdk;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import dev.zhanggui.sdk.api.AfterSalesApi;
import dev.zhanggui.sdk.api.CategoriesApi;
import dev.zhanggui.sdk.api.MeApi;
import dev.zhanggui.sdk.api.OrdersApi;
import dev.zhanggui.sdk.api.PaymentsApi;
import dev.zhanggui.sdk.api.ProductImportApi;
import dev.zhanggui.sdk.api.ProductsApi;
import dev.zhanggui.sdk.api.StockApi;
import dev.zhanggui.sdk.invoker.ApiClient;
import dev.zhanggui.sdk.invoker.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Zhanggui REST client for integrators: the generated API classes ({@code dev.zhanggui.sdk.api})
 * on one configured {@link ApiClient} that sends a bearer token from a {@link TokenSource}, an
 * {@code Idempotency-Key} on every mutating call, retries lost calls with the same key, writes
 * amounts as decimal strings, and throws {@link ZhangguiProblem} with the error {@code code} for
 * every refused call.
 */
public final class ZhangguiClient {
    private final ApiClient apiClient;

    private ZhangguiClient(ApiClient apiClient) {
        this.apiClient = apiClient;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The configured generated client, for any API class: {@code new StoresApi(client.apiClient())}. */
    public ApiClient apiClient() { return apiClient; }

    /** Any generated API class on this client: {@code client.api(WalletsApi::new)}. */
    public <T> T api(Function<ApiClient, T> constructor) { return constructor.apply(apiClient); }

    public CategoriesApi categories() { return new CategoriesApi(apiClient); }
    public ProductsApi products() { return new ProductsApi(apiClient); }
    public ProductImportApi productImports() { return new ProductImportApi(apiClient); }
    public StockApi stock() { return new StockApi(apiClient); }
    public OrdersApi orders() { return new OrdersApi(apiClient); }
    public PaymentsApi payments() { return new PaymentsApi(apiClient); }
    public AfterSalesApi afterSales() { return new AfterSalesApi(apiClient); }
    public MeApi me() { return new MeApi(apiClient); }

    /**
     * Reads an answer the document leaves untyped (several 201s answer {@code Object}) as a model,
     * e.g. {@code client.as(categories().createCategory(input), Category.class)}.
     */
    public <T> T as(Object untyped, Class<T> model) {
        return apiClient.getObjectMapper().convertValue(untyped, model);
    }

    /**
     * The product import template ({@code GET /api/v1/product-imports/template}): the document
     * describes no body for it, so the generated method returns nothing. {@code format}: null for
     * .xlsx, {@code "csv"} for a UTF-8 CSV header line.
     */
    public byte[] productImportTemplate(String format) {
        String query = format == null ? "" : "?format=" + format;
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create(apiClient.getBaseUri() + "/api/v1/product-imports/template" + query)).GET();
        if (apiClient.getRequestInterceptor() != null) {
            apiClient.getRequestInterceptor().accept(request);
        }
        try {
            HttpResponse<InputStream> response = apiClient.getHttpClient()
                    .send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            apiClient.getResponseInterceptor().accept(response);
            try (InputStream body = response.body()) {
                return body.readAllBytes();
            }
        } catch (IOException e) {
            throw new IllegalStateException("template download failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Builds a {@link ZhangguiClient}; only the base URI is required. */
    public static final class Builder {
        private URI baseUri;
        private TokenSource tokens;
        private String merchant;
        private Supplier<String> idempotencyKeys;
        private int maxRetries = 3;
        private Duration backoff = Duration.ofMillis(200);
        private HttpClient transport;

        /** The server, e.g. {@code http://localhost:8080} (the API is under /api/v1). */
        public Builder baseUri(URI baseUri) { this.baseUri = baseUri; return this; }

        /** The bearer token of every call; without it, calls are anonymous (name the merchant). */
        public Builder tokens(TokenSource tokens) { this.tokens = tokens; return this; }

        /** {@code X-Merchant} for anonymous catalog calls. */
        public Builder merchant(String merchant) { this.merchant = merchant; return this; }

        /** Where the keys of mutating calls come from (random UUIDs by default). */
        public Builder idempotencyKeys(Supplier<String> keys) { this.idempotencyKeys = keys; return this; }

        /** How often a lost call is sent again (3 by default; 0: never), waiting backoff × attempt between. */
        public Builder retries(int maxRetries, Duration backoff) {
            this.maxRetries = maxRetries;
            this.backoff = backoff;
            return this;
        }

        /** The HttpClient underneath (a default one otherwise), e.g. with a proxy or TLS settings. */
        public Builder transport(HttpClient transport) { this.transport = transport; return this; }

        public ZhangguiClient build() {
            Objects.requireNonNull(baseUri, "baseUri");
            ObjectMapper mapper = JSON.getDefault().getMapper().copy();
            // The API's amounts are decimal strings ("99.50"), never JSON numbers.
            // and the generated mapper refuses scalar coercion: allow it from text for amounts only.
            mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
            mapper.coercionConfigFor(BigDecimal.class).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
            HttpClient http = new RetryingHttpClient(
                    transport != null ? transport : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(),
                    maxRetries, backoff);
            String base = baseUri.toString().replaceAll("/+$", "");
            ApiClient client = new ApiClient(new FixedHttpClientBuilder(http), mapper, base);
            client.setReadTimeout(Duration.ofSeconds(60));
            client.setRequestInterceptor(requestInterceptor());
            client.setResponseInterceptor(new ProblemMapping(mapper));
            return new ZhangguiClient(client);
        }

        /**
         * Lists that can also export a sheet are generated with {@code Accept: application/json, <xlsx>},
         * and the server then answers the sheet: ask for JSON (exports: {@code format=xlsx}).
         */
        private static void preferJson(HttpRequest.Builder builder) {
            List<String> accept = builder.copy().build().headers().allValues("Accept");
            if (accept.size() == 1 && accept.get(0).startsWith("application/json,")) {
                builder.setHeader("Accept", "application/json");
            }
        }

        private Consumer<HttpRequest.Builder> requestInterceptor() {
            List<Consumer<HttpRequest.Builder>> steps = new ArrayList<>();
            if (tokens != null) {
                TokenSource source = tokens;
                steps.add(b -> b.setHeader("Authorization", "Bearer " + source.accessToken()));
            }
            if (merchant != null) {
                String name = merchant;
                steps.add(b -> b.setHeader("X-Merchant", name));
            }
            steps.add(Builder::preferJson);
            steps.add(idempotencyKeys != null ? new IdempotencyKeys(idempotencyKeys) : IdempotencyKeys.randomUuids());
            return b -> steps.forEach(step -> step.accept(b));
        }
    }

    /** Turns every 4xx/5xx answer into a {@link ZhangguiProblem} before the generated code reads it. */
    static final class ProblemMapping implements Consumer<HttpResponse<InputStream>> {
        private final ObjectMapper mapper;

        ProblemMapping(ObjectMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public void accept(HttpResponse<InputStream> response) {
            if (response.statusCode() < 400) {
                return;
            }
            String body;
            try (InputStream in = response.body()) {
                body = in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                body = "";
            }
            throw problem(response.statusCode(), body);
        }

        ZhangguiProblem problem(int status, String body) {
            JsonNode json;
            try {
                json = body.isBlank() ? mapper.createObjectNode() : mapper.readTree(body);
            } catch (IOException notJson) {
                json = mapper.createObjectNode();
            }
            List<ZhangguiProblem.FieldError> errors = new ArrayList<>();
            for (JsonNode e : json.path("errors")) {
                errors.add(new ZhangguiProblem.FieldError(text(e, "field"), text(e, "code"), text(e, "message")));
            }
            String code = text(json, "code");
            return new ZhangguiProblem(status, code != null ? code : "HTTP_" + status, text(json, "title"),
                    text(json, "detail"), text(json, "type"), errors, body);
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }
    }
}
