package dev.zhanggui.server.order;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Order settings of the server ({@code zhanggui.orders.*}); merchants' own settings are in the database. */
@ConfigMapping(prefix = "zhanggui.orders")
public interface OrderJobSettings {
    Jobs jobs();

    interface Jobs {
        /** Whether this instance runs the order jobs (every instance may; claims keep them apart). */
        @WithDefault("true")
        boolean enabled();

        /** How often orders left unpaid past their deadline are closed. */
        @WithDefault("30s")
        String closeUnpaidEvery();

        /** How often receipt of orders past their receipt period is confirmed. */
        @WithDefault("5m")
        String autoConfirmEvery();

        /** How long after start the jobs first run. */
        @WithDefault("10s")
        String delay();
    }
}
