package dev.zhanggui.server.aftersale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zhanggui.aftersale.AfterSale;
import dev.zhanggui.aftersale.AfterSaleAction;
import dev.zhanggui.aftersale.AfterSaleEvent;
import dev.zhanggui.aftersale.AfterSaleId;
import dev.zhanggui.aftersale.AfterSaleLine;
import dev.zhanggui.aftersale.AfterSaleReason;
import dev.zhanggui.aftersale.AfterSaleStatus;
import dev.zhanggui.aftersale.AfterSaleType;
import dev.zhanggui.aftersale.Refund;
import dev.zhanggui.aftersale.RefundAllocation;
import dev.zhanggui.aftersale.RefundDestination;
import dev.zhanggui.aftersale.RefundId;
import dev.zhanggui.aftersale.RefundLine;
import dev.zhanggui.aftersale.RefundPart;
import dev.zhanggui.aftersale.RefundPartStatus;
import dev.zhanggui.aftersale.ReturnShipment;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The jsonb documents of an after-sales request and of a refund: everything the aggregate holds but
 * the columns it is also queried by, written and read by hand so that the core stays free of
 * mapping annotations. Amounts are decimal strings in the refund's currency; instants ISO 8601 UTC.
 */
final class AfterSaleDocuments {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AfterSaleDocuments() {
    }

    /** The columns of a request read next to its document. */
    record RequestColumns(AfterSaleId id, MerchantId merchant, OrderId order, String orderNumber, CustomerId customer,
                          AfterSaleType type, AfterSaleStatus status, Instant requestedAt, long version) {
    }

    /** The columns of a refund read next to its document. */
    record RefundColumns(RefundId id, MerchantId merchant, OrderId order, String orderNumber, CustomerId customer,
                         Refund.Origin origin, Optional<AfterSaleId> afterSale, boolean manual, Instant createdAt,
                         long version) {
    }

    // ---- requests

    static String write(AfterSale a) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode lines = root.putArray("lines");
        a.lines().forEach(l -> lines.addObject().put("line", l.line()).put("quantity", l.quantity()));
        root.putObject("reason").put("code", a.reason().code()).put("name", a.reason().name())
                .put("englishName", a.reason().englishName());
        a.description().ifPresent(d -> root.put("description", d));
        ArrayNode images = root.putArray("images");
        a.images().forEach(images::add);
        a.returnShipment().ifPresent(s -> root.putObject("returnShipment").put("carrier", s.carrier())
                .put("trackingNumber", s.trackingNumber()).put("enteredAt", s.enteredAt().toString()));
        a.rejection().ifPresent(r -> root.put("rejection", r));
        a.refund().ifPresent(r -> root.put("refund", r.toString()));
        ArrayNode events = root.putArray("events");
        a.events().forEach(e -> writeEvent(events.addObject(), e));
        return text(root);
    }

    static AfterSale read(RequestColumns c, String document) {
        JsonNode root = tree(document, c.id().toString());
        JsonNode reason = root.get("reason");
        return new AfterSale(c.id(), c.merchant(), c.order(), c.orderNumber(), c.customer(), c.type(),
                list(root.get("lines"), l -> new AfterSaleLine(l.get("line").asInt(), l.get("quantity").asInt())),
                new AfterSaleReason(reason.get("code").asText(), reason.get("name").asText(),
                        reason.get("englishName").asText()),
                text(root, "description"), list(root.get("images"), JsonNode::asText), c.requestedAt(), c.status(),
                Optional.ofNullable(root.get("returnShipment")).map(s -> new ReturnShipment(s.get("carrier").asText(),
                        s.get("trackingNumber").asText(), Instant.parse(s.get("enteredAt").asText()))),
                refundOf(root), text(root, "rejection"), list(root.get("events"), AfterSaleDocuments::readEvent),
                c.version());
    }

    private static Optional<RefundId> refundOf(JsonNode root) {
        return text(root, "refund").map(RefundId::parse);
    }

    private static void writeEvent(ObjectNode node, AfterSaleEvent e) {
        node.put("at", e.at().toString()).put("actor", e.actor()).put("actorKind", e.actorKind().name())
                .put("action", e.action().name()).put("to", e.to().name());
        e.from().ifPresent(f -> node.put("from", f.name()));
        e.note().ifPresent(n -> node.put("note", n));
    }

    private static AfterSaleEvent readEvent(JsonNode n) {
        return new AfterSaleEvent(Instant.parse(n.get("at").asText()), n.get("actor").asText(),
                Actor.Kind.valueOf(n.get("actorKind").asText()), AfterSaleAction.valueOf(n.get("action").asText()),
                text(n, "from").map(AfterSaleStatus::valueOf), AfterSaleStatus.valueOf(n.get("to").asText()),
                text(n, "note"));
    }

    // ---- refunds

    static String write(Refund r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("currency", r.amount().currency().getCurrencyCode()).put("shipping", money(r.shipping()));
        r.note().ifPresent(n -> root.put("note", n));
        ArrayNode lines = root.putArray("lines");
        r.lines().forEach(l -> lines.addObject().put("line", l.line()).put("quantity", l.quantity())
                .put("amount", money(l.amount())).put("shipped", l.shipped()));
        ArrayNode allocations = root.putArray("allocations");
        r.allocations().forEach(a -> {
            ObjectNode node = allocations.addObject().put("tender", a.tender().name()).put("amount", money(a.amount()))
                    .put("points", a.points().value());
            a.reference().ifPresent(ref -> node.put("reference", ref));
        });
        ArrayNode parts = root.putArray("parts");
        r.parts().forEach(p -> writePart(parts.addObject(), p));
        return text(root);
    }

    static Refund read(RefundColumns c, String document) {
        JsonNode root = tree(document, c.id().toString());
        Currency currency = Currency.getInstance(root.get("currency").asText());
        Function<JsonNode, Money> money = n -> Money.of(n.asText(), currency);
        return new Refund(c.id(), c.merchant(), c.order(), c.orderNumber(), c.customer(), c.origin(), c.afterSale(),
                c.manual(), text(root, "note"),
                list(root.get("lines"), l -> new RefundLine(l.get("line").asInt(), l.get("quantity").asInt(),
                        money.apply(l.get("amount")), l.get("shipped").asBoolean())),
                money.apply(root.get("shipping")),
                list(root.get("allocations"), a -> new RefundAllocation(TenderType.valueOf(a.get("tender").asText()),
                        text(a, "reference"), money.apply(a.get("amount")), Points.of(a.get("points").asLong()))),
                list(root.get("parts"), p -> readPart(p, money)), c.createdAt(), c.version());
    }

    private static void writePart(ObjectNode node, RefundPart p) {
        node.put("index", p.index()).put("tender", p.tender().name()).put("amount", money(p.amount()))
                .put("points", p.points().value()).put("destination", p.destination().name())
                .put("status", p.status().name()).put("key", p.key()).put("attempts", p.attempts());
        p.tenderReference().ifPresent(r -> node.put("tenderReference", r));
        p.outcome().ifPresent(o -> node.put("outcome", o));
        p.settledAt().ifPresent(s -> node.put("settledAt", s.toString()));
    }

    private static RefundPart readPart(JsonNode n, Function<JsonNode, Money> money) {
        return new RefundPart(n.get("index").asInt(), TenderType.valueOf(n.get("tender").asText()),
                text(n, "tenderReference"), money.apply(n.get("amount")), Points.of(n.get("points").asLong()),
                RefundDestination.valueOf(n.get("destination").asText()),
                RefundPartStatus.valueOf(n.get("status").asText()), n.get("key").asText(), n.get("attempts").asInt(),
                text(n, "outcome"), text(n, "settledAt").map(Instant::parse));
    }

    // ---- reasons

    static String writeReasons(List<AfterSaleReason> reasons) {
        ArrayNode list = JSON.createArrayNode();
        reasons.forEach(r -> list.addObject().put("code", r.code()).put("name", r.name())
                .put("englishName", r.englishName()));
        return text(list);
    }

    static List<AfterSaleReason> readReasons(String document) {
        return list(tree(document, "reasons"), r -> new AfterSaleReason(r.get("code").asText(), r.get("name").asText(),
                r.get("englishName").asText()));
    }

    // ---- shared

    private static String money(Money m) {
        return m.amount().toPlainString();
    }

    private static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode tree(String document, String of) {
        try {
            return JSON.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable after-sales document of " + of, e);
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> items = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> items.add(item.apply(n)));
        }
        return items;
    }
}
