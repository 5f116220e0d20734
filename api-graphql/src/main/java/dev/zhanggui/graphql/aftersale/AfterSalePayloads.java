package dev.zhanggui.graphql.aftersale;

import dev.zhanggui.aftersale.AfterSale;
import dev.zhanggui.aftersale.Refund;
import dev.zhanggui.graphql.aftersale.AfterSaleTypes.AfterSaleNode;
import dev.zhanggui.graphql.aftersale.AfterSaleTypes.RefundNode;
import dev.zhanggui.graphql.shared.Connections;
import dev.zhanggui.graphql.shared.PageInfo;
import dev.zhanggui.graphql.shared.Payload;
import dev.zhanggui.graphql.shared.UserError;
import dev.zhanggui.shared.Page;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;
import java.util.Optional;

/** The lists (Relay connections) and mutation payloads of after-sales. */
public final class AfterSalePayloads {
    private AfterSalePayloads() {
    }

    @Type("AfterSaleEdge")
    public record AfterSaleEdge(@NonNull String cursor, @NonNull AfterSaleNode node) {
    }

    @Type("AfterSaleConnection")
    public record AfterSaleConnection(@NonNull List<@NonNull AfterSaleEdge> edges, @NonNull PageInfo pageInfo) {
        /** A list page; the refunds are not loaded (each request names its refundId). */
        static AfterSaleConnection of(Page<AfterSale> page) {
            return new AfterSaleConnection(Connections.edges(page, a -> AfterSaleNode.of(a, Optional.empty()),
                    AfterSaleEdge::new), Connections.pageInfo(page));
        }
    }

    @Type("AfterSalePayload")
    public record AfterSalePayload(AfterSaleNode afterSale, @NonNull List<@NonNull UserError> errors)
            implements Payload {
        static AfterSalePayload of(AfterSale afterSale, Optional<Refund> refund) {
            return new AfterSalePayload(AfterSaleNode.of(afterSale, refund), List.of());
        }

        static AfterSalePayload refused(List<UserError> errors) {
            return new AfterSalePayload(null, errors);
        }
    }

    @Type("RefundPayload")
    public record RefundPayload(RefundNode refund, @NonNull List<@NonNull UserError> errors) implements Payload {
        static RefundPayload of(Refund refund) {
            return new RefundPayload(RefundNode.of(refund), List.of());
        }

        static RefundPayload refused(List<UserError> errors) {
            return new RefundPayload(null, errors);
        }
    }
}
