package dev.zhanggui.graphql.wallet;

import dev.zhanggui.graphql.shared.PageInfo;
import dev.zhanggui.shared.Page;
import dev.zhanggui.wallet.WalletAuditEntry;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The GraphQL types of a wallet's audit trail (操作记录). */
public final class WalletAuditTypes {
    private WalletAuditTypes() {
    }

    @Enum("WalletChange")
    @Description("A change of a wallet's settings: FROZEN, UNFROZEN or CREDIT_LIMIT_CHANGED")
    public enum WalletChangeValue {
        FROZEN, UNFROZEN, CREDIT_LIMIT_CHANGED
    }

    @Type("WalletAuditEntry")
    @Description("A freeze, unfreeze or credit-limit change with who, when, before and after; never changed once written")
    public record WalletAuditNode(@NonNull @Id String id, @NonNull WalletChangeValue change,
                                  @NonNull @Description("ACTIVE or FROZEN, or the limit, e.g. \"5000.00\"") String before,
                                  @NonNull String after, @Description("The reason staff gave") String note,
                                  @NonNull String actorKind, @NonNull String actor, @NonNull Instant at) {
        static WalletAuditNode of(WalletAuditEntry e) {
            return new WalletAuditNode(e.id().toString(), WalletChangeValue.valueOf(e.change().name()), e.before(),
                    e.after(), e.note().orElse(null), e.actorKind().name(), e.actor(), e.at());
        }
    }

    @Type("WalletAuditEdge")
    public record WalletAuditEdge(@NonNull String cursor, @NonNull WalletAuditNode node) {
    }

    @Type("WalletAuditConnection")
    public record WalletAuditConnection(@NonNull List<@NonNull WalletAuditEdge> edges, @NonNull PageInfo pageInfo) {
        static WalletAuditConnection of(Page<WalletAuditEntry> page) {
            List<WalletAuditEdge> edges = new ArrayList<>();
            for (int i = 0; i < page.items().size(); i++) {
                edges.add(new WalletAuditEdge(page.cursors().get(i), WalletAuditNode.of(page.items().get(i))));
            }
            return new WalletAuditConnection(edges, new PageInfo(page.next().isPresent(),
                    page.cursors().isEmpty() ? null : page.cursors().getLast()));
        }
    }
}
