package dev.zhanggui.sdk;

import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * Hands the generated {@code ApiClient} one ready HttpClient (ours, with retries): the generated
 * code asks a builder for it. Configure the transport before, with {@link ZhangguiClient.Builder#transport}.
 */
final class FixedHttpClientBuilder implements HttpClient.Builder {
    private final HttpClient client;

    FixedHttpClientBuilder(HttpClient client) {
        this.client = client;
    }

    @Override public HttpClient build() { return client; }

    private static UnsupportedOperationException configureTheTransport() {
        return new UnsupportedOperationException("configure the HttpClient given to ZhangguiClient.Builder.transport");
    }

    @Override public HttpClient.Builder cookieHandler(CookieHandler h) { throw configureTheTransport(); }
    @Override public HttpClient.Builder connectTimeout(Duration d) { throw configureTheTransport(); }
    @Override public HttpClient.Builder sslContext(SSLContext c) { throw configureTheTransport(); }
    @Override public HttpClient.Builder sslParameters(SSLParameters p) { throw configureTheTransport(); }
    @Override public HttpClient.Builder executor(Executor e) { throw configureTheTransport(); }
    @Override public HttpClient.Builder followRedirects(HttpClient.Redirect r) { throw configureTheTransport(); }
    @Override public HttpClient.Builder version(HttpClient.Version v) { throw configureTheTransport(); }
    @Override public HttpClient.Builder priority(int p) { throw configureTheTransport(); }
    @Override public HttpClient.Builder proxy(ProxySelector s) { throw configureTheTransport(); }
    @Override public HttpClient.Builder authenticator(Authenticator a) { throw configureTheTransport(); }
}
