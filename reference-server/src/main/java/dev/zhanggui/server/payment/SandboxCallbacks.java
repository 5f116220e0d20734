package dev.zhanggui.server.payment;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends the sandbox gateway's signed notifications to this server's callback endpoints, over HTTP
 * as the real gateway would. One kept-alive Vert.x client on the server's own event loops: a
 * delivery costs a request on a pooled connection, not a client of its own or a selector thread.
 * Called from worker threads (the sandbox's REST resources), which wait for the answer.
 */
@ApplicationScoped
public class SandboxCallbacks {
    private static final long TIMEOUT_MILLIS = 30_000;

    /** What the callback answered. */
    public record Answer(int status, String body) {
    }

    @Inject
    Vertx vertx;

    private volatile HttpClient client;

    /** POSTs the notification to {@code callback} and waits for the answer. */
    public Answer deliver(URI callback, SandboxPaymentGateway.SignedNotification notification) {
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(callback.toString())
                .setTimeout(TIMEOUT_MILLIS).putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
        notification.headers().forEach(request::putHeader);
        try {
            return client().request(request)
                    .compose(sent -> sent.send(notification.body()))
                    .compose(response -> response.body().map(body -> new Answer(response.statusCode(), body.toString())))
                    .toCompletionStage().toCompletableFuture()
                    .get(TIMEOUT_MILLIS + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("the sandbox could not deliver its callback to " + callback + ": "
                    + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpClient client() {
        HttpClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(32)
                            .setConnectTimeout(5_000));
                }
                current = client;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        HttpClient current = client;
        if (current != null) {
            current.close();
        }
    }
}
