package dev.zhanggui.sdk;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The transport under the generated API classes: sends a request again, unchanged, when the
 * connection failed or the server answered 429/502/503/504. Unchanged means with the same
 * {@code Idempotency-Key}, so a mutating call whose answer was lost runs once and the retry gets
 * the stored answer. A mutating call without a key and a multipart upload (its body is a one-shot
 * stream) are never sent twice.
 */
public class RetryingHttpClient extends HttpClient {
    private static final Set<Integer> RETRIED_STATUSES = Set.of(429, 502, 503, 504);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private final HttpClient delegate;
    private final int maxRetries;
    private final Duration backoff;

    public RetryingHttpClient(HttpClient delegate, int maxRetries, Duration backoff) {
        this.delegate = delegate;
        this.maxRetries = maxRetries;
        this.backoff = backoff;
    }

    static boolean retriable(HttpRequest request) {
        if (request.headers().firstValue("Content-Type").orElse("").startsWith("multipart/")) {
            return false;
        }
        return SAFE_METHODS.contains(request.method())
                || request.headers().firstValue(IdempotencyKeys.HEADER).isPresent();
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        int attempts = retriable(request) ? maxRetries + 1 : 1;
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<T> response = delegate.send(request, handler);
                if (attempt == attempts || !RETRIED_STATUSES.contains(response.statusCode())) {
                    return response;
                }
            } catch (IOException e) {
                if (attempt == attempts) {
                    throw e;
                }
            }
            Thread.sleep(backoff.toMillis() * attempt);
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return delegate.sendAsync(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> push) {
        return delegate.sendAsync(request, handler, push);
    }

    @Override public Optional<CookieHandler> cookieHandler() { return delegate.cookieHandler(); }
    @Override public Optional<Duration> connectTimeout() { return delegate.connectTimeout(); }
    @Override public Redirect followRedirects() { return delegate.followRedirects(); }
    @Override public Optional<ProxySelector> proxy() { return delegate.proxy(); }
    @Override public SSLContext sslContext() { return delegate.sslContext(); }
    @Override public SSLParameters sslParameters() { return delegate.sslParameters(); }
    @Override public Optional<Authenticator> authenticator() { return delegate.authenticator(); }
    @Override public Version version() { return delegate.version(); }
    @Override public Optional<Executor> executor() { return delegate.executor(); }
}
