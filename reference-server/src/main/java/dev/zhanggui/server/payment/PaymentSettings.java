package dev.zhanggui.server.payment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Online payment settings ({@code zhanggui.payments.*}). */
@ConfigMapping(prefix = "zhanggui.payments")
public interface PaymentSettings {
    /** The gateway new payments use. */
    @WithDefault("sandbox")
    String defaultGateway();

    /**
     * Where gateways reach this server: notify URLs are this plus
     * {@code /api/v1/payments/callbacks/{gateway}}.
     */
    @WithDefault("http://localhost:8080")
    String notifyBaseUrl();

    Sandbox sandbox();

    /** The sandbox gateway, which behaves like WeChat Pay without money. */
    interface Sandbox {
        /**
         * Whether the sandbox's pay endpoint works. Anyone who can call it can pay without money,
         * so the production profile turns it off.
         */
        @WithDefault("true")
        boolean enabled();

        /** The key of the HMAC-SHA256 signature of its notifications. Set your own outside development. */
        @WithDefault("zhanggui-sandbox-dev-secret")
        String secret();

        /**
         * Whether every sandbox refund answers "processing" and waits for its refund notification, as
         * a real gateway's may (sent with the sandbox's refund notify endpoint). Off: refunds are done at once.
         */
        @WithDefault("false")
        boolean refundsProcessing();

        /** How old a notification's timestamp may be (and how far ahead) before it is refused. */
        @WithDefault("300")
        long maxClockSkewSeconds();
    }
}
