package dev.zhanggui.server.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.customer.AddressDetails;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.InvoiceProfile;
import dev.zhanggui.order.Delivery;
import dev.zhanggui.order.InvoiceRequest;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderContents;
import dev.zhanggui.order.OrderEvent;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.order.OrderLine;
import dev.zhanggui.order.OrderOrigin;
import dev.zhanggui.order.OrderRefund;
import dev.zhanggui.order.OrderSource;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.order.OrderTimers;
import dev.zhanggui.order.PaymentPlan;
import dev.zhanggui.order.PriceAdjustment;
import dev.zhanggui.order.Shipment;
import dev.zhanggui.order.ShipmentLine;
import dev.zhanggui.order.SkuDescription;
import dev.zhanggui.order.Tender;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.order.TransferReport;
import dev.zhanggui.order.Verification;
import dev.zhanggui.pricing.CarrierId;
import dev.zhanggui.pricing.DeliveryMethod;
import dev.zhanggui.pricing.DiscountSource;
import dev.zhanggui.pricing.LineDiscount;
import dev.zhanggui.pricing.PriceTier;
import dev.zhanggui.pricing.UnitPrice;
import dev.zhanggui.promotion.CouponId;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.PointsRate;
import dev.zhanggui.order.OrderAction;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The jsonb document of an order: everything the aggregate holds but the columns it is also
 * queried by (id, merchant, number, customer, status, creation, deadlines, version), written and
 * read by hand so that the core stays free of mapping annotations. Amounts are decimal strings in
 * the order's currency ("99.50"); instants ISO 8601 in UTC.
 */
final class OrderDocuments {
    static final ObjectMapper JSON = new ObjectMapper();

    private OrderDocuments() {
    }

    /** The columns read next to the document. */
    record Columns(OrderId id, MerchantId merchant, String number, CustomerId customer, OrderStatus status,
                   Instant createdAt, Optional<Instant> paymentDeadline, Optional<Instant> receiptDue, long version) {
    }

    static String write(Order o) {
        ObjectNode root = JSON.createObjectNode();
        root.put("currency", o.total().currency().getCurrencyCode());
        root.put("source", o.origin().source().name());
        o.origin().salesperson().ifPresent(s -> root.put("salesperson", s));
        ObjectNode plan = root.putObject("plan");
        plan.put("points", o.plan().points().value()).put("useBalance", o.plan().useBalance())
                .put("rest", o.plan().rest().name());
        root.putObject("timers").put("paymentTimeoutSeconds", o.timers().paymentTimeout().toSeconds())
                .put("receiptPeriodSeconds", o.timers().receiptPeriod().toSeconds())
                .put("reviewRequired", o.timers().reviewRequired());
        writeContents(root.putObject("contents"), o.contents());
        writeDelivery(root.putObject("delivery"), o.delivery());
        ArrayNode tenders = root.putArray("tenders");
        o.tenders().forEach(t -> writeTender(tenders.addObject(), t));
        ArrayNode adjustments = root.putArray("adjustments");
        o.adjustments().forEach(a -> adjustments.addObject().put("goods", money(a.goods()))
                .put("shipping", money(a.shipping())).put("staff", a.staff()).put("reason", a.reason())
                .put("at", a.at().toString()));
        ArrayNode shipments = root.putArray("shipments");
        o.shipments().forEach(s -> writeShipment(shipments.addObject(), s));
        o.transferReport().ifPresent(r -> root.putObject("transferReport")
                .put("transferDate", r.transferDate().toString()).put("account", r.account())
                .put("reportedAt", r.reportedAt().toString()));
        o.verification().ifPresent(v -> {
            ObjectNode node = root.putObject("verification").put("code", v.code());
            v.verifiedBy().ifPresent(b -> node.put("verifiedBy", b));
            v.verifiedAt().ifPresent(a -> node.put("verifiedAt", a.toString()));
        });
        ArrayNode events = root.putArray("events");
        o.events().forEach(e -> writeEvent(events.addObject(), e));
        ArrayNode refunds = root.putArray("refunds");
        o.refunds().all().forEach(r -> writeRefund(refunds.addObject(), r));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Order read(Columns c, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable order document of " + c.id(), e);
        }
        Currency currency = Currency.getInstance(root.get("currency").asText());
        Function<JsonNode, Money> money = n -> Money.of(n.asText(), currency);
        JsonNode plan = root.get("plan");
        JsonNode timers = root.get("timers");
        OrderContents contents = readContents(root.get("contents"), money);
        return new Order(c.id(), c.merchant(), c.number(),
                new OrderOrigin(c.customer(), OrderSource.valueOf(root.get("source").asText()), text(root, "salesperson")),
                contents,
                new PaymentPlan(Points.of(plan.get("points").asLong()), plan.get("useBalance").asBoolean(),
                        TenderType.valueOf(plan.get("rest").asText())),
                new OrderTimers(Duration.ofSeconds(timers.get("paymentTimeoutSeconds").asLong()),
                        Duration.ofSeconds(timers.get("receiptPeriodSeconds").asLong()),
                        timers.get("reviewRequired").asBoolean()),
                c.createdAt(), c.status(), readDelivery(root.get("delivery")),
                list(root.get("tenders"), t -> readTender(t, money)),
                list(root.get("adjustments"), a -> new PriceAdjustment(money.apply(a.get("goods")),
                        money.apply(a.get("shipping")), a.get("staff").asText(), a.get("reason").asText(),
                        Instant.parse(a.get("at").asText()))),
                list(root.get("shipments"), OrderDocuments::readShipment),
                Optional.ofNullable(root.get("transferReport")).map(r -> new TransferReport(
                        LocalDate.parse(r.get("transferDate").asText()), r.get("account").asText(),
                        Instant.parse(r.get("reportedAt").asText()))),
                Optional.ofNullable(root.get("verification")).map(v -> new Verification(v.get("code").asText(),
                        text(v, "verifiedBy"), text(v, "verifiedAt").map(Instant::parse))),
                c.paymentDeadline(), c.receiptDue(), list(root.get("events"), OrderDocuments::readEvent),
                list(root.get("refunds"), r -> readRefund(r, money)), c.version());
    }

    private static void writeContents(ObjectNode node, OrderContents c) {
        ArrayNode lines = node.putArray("lines");
        c.lines().forEach(l -> writeLine(lines.addObject(), l));
        node.put("goodsTotal", money(c.goodsTotal())).put("promotionDiscount", money(c.promotionDiscount()))
                .put("couponDiscount", money(c.couponDiscount())).put("shipping", money(c.shipping()));
        c.coupon().ifPresent(id -> node.put("coupon", id.toString()));
        writeDelivery(node.putObject("delivery"), c.delivery());
        c.invoice().ifPresent(i -> {
            ObjectNode invoice = node.putObject("invoice").put("type", i.type().name())
                    .put("title", i.details().invoiceTitle());
            i.details().taxpayerId().ifPresent(v -> invoice.put("taxpayerId", v));
            i.details().accountName().ifPresent(v -> invoice.put("accountName", v));
            i.details().bank().ifPresent(v -> invoice.put("bank", v));
            i.details().bankAccount().ifPresent(v -> invoice.put("bankAccount", v));
        });
        c.deliveryDate().ifPresent(d -> node.put("deliveryDate", d.toString()));
        c.buyerNote().ifPresent(n -> node.put("buyerNote", n));
    }

    private static OrderContents readContents(JsonNode node, Function<JsonNode, Money> money) {
        return new OrderContents(list(node.get("lines"), l -> readLine(l, money)), money.apply(node.get("goodsTotal")),
                money.apply(node.get("promotionDiscount")), money.apply(node.get("couponDiscount")),
                money.apply(node.get("shipping")), text(node, "coupon").map(CouponId::parse),
                readDelivery(node.get("delivery")),
                Optional.ofNullable(node.get("invoice")).map(i -> new InvoiceRequest(
                        InvoiceRequest.Type.valueOf(i.get("type").asText()), new InvoiceProfile(i.get("title").asText(),
                        text(i, "taxpayerId"), text(i, "accountName"), text(i, "bank"), text(i, "bankAccount")))),
                text(node, "deliveryDate").map(LocalDate::parse), text(node, "buyerNote"));
    }

    private static void writeLine(ObjectNode node, OrderLine l) {
        node.put("index", l.index());
        ObjectNode sku = node.putObject("sku").put("sku", l.sku().sku().toString())
                .put("product", l.sku().product().toString()).put("productName", l.sku().productName())
                .put("skuCode", l.sku().skuCode());
        ArrayNode specs = sku.putArray("specValues");
        l.sku().specValues().forEach(specs::add);
        l.store().ifPresent(s -> node.put("store", s.toString()));
        node.put("quantity", l.quantity()).put("listPrice", money(l.listPrice()));
        ObjectNode unit = node.putObject("unitPrice").put("amount", money(l.unitPrice().amount()))
                .put("tier", l.unitPrice().tier().name());
        l.unitPrice().sourceId().ifPresent(s -> unit.put("sourceId", s));
        node.put("goodsAmount", money(l.goodsAmount())).put("promotionDiscount", money(l.promotionDiscount()))
                .put("couponDiscount", money(l.couponDiscount())).put("total", money(l.total()));
        ArrayNode discounts = node.putArray("discounts");
        l.discounts().forEach(d -> discounts.addObject().put("source", d.source().name()).put("sourceId", d.sourceId())
                .put("amount", money(d.amount())));
    }

    private static OrderLine readLine(JsonNode n, Function<JsonNode, Money> money) {
        JsonNode sku = n.get("sku");
        JsonNode unit = n.get("unitPrice");
        return new OrderLine(n.get("index").asInt(),
                new SkuDescription(SkuId.parse(sku.get("sku").asText()), ProductId.parse(sku.get("product").asText()),
                        sku.get("productName").asText(), sku.get("skuCode").asText(),
                        list(sku.get("specValues"), JsonNode::asText)),
                text(n, "store").map(StoreId::parse), n.get("quantity").asInt(), money.apply(n.get("listPrice")),
                new UnitPrice(money.apply(unit.get("amount")), PriceTier.valueOf(unit.get("tier").asText()),
                        text(unit, "sourceId")),
                money.apply(n.get("goodsAmount")), money.apply(n.get("promotionDiscount")),
                money.apply(n.get("couponDiscount")), money.apply(n.get("total")),
                list(n.get("discounts"), d -> new LineDiscount(DiscountSource.valueOf(d.get("source").asText()),
                        d.get("sourceId").asText(), money.apply(d.get("amount")))));
    }

    private static void writeDelivery(ObjectNode node, Delivery d) {
        node.put("method", d.method().name());
        d.carrier().ifPresent(c -> node.put("carrier", c.toString()));
        d.pickupStore().ifPresent(s -> node.put("pickupStore", s.toString()));
        d.address().ifPresent(a -> {
            ObjectNode address = node.putObject("address").put("recipient", a.recipient()).put("phone", a.phone())
                    .put("province", a.province()).put("city", a.city()).put("district", a.district())
                    .put("detail", a.detail());
            a.postalCode().ifPresent(p -> address.put("postalCode", p));
        });
    }

    private static Delivery readDelivery(JsonNode n) {
        return new Delivery(DeliveryMethod.valueOf(n.get("method").asText()), text(n, "carrier").map(CarrierId::parse),
                Optional.ofNullable(n.get("address")).map(a -> new AddressDetails(a.get("recipient").asText(),
                        a.get("phone").asText(), a.get("province").asText(), a.get("city").asText(),
                        a.get("district").asText(), a.get("detail").asText(), text(a, "postalCode"))),
                text(n, "pickupStore").map(StoreId::parse));
    }

    private static void writeTender(ObjectNode node, Tender t) {
        node.put("type", t.type().name()).put("amount", money(t.amount())).put("points", t.points().value());
        t.rate().ifPresent(r -> node.putObject("rate").put("points", r.points()).put("worth", money(r.worth())));
        t.reference().ifPresent(r -> node.put("reference", r));
        t.settledAt().ifPresent(a -> node.put("settledAt", a.toString()));
    }

    private static Tender readTender(JsonNode n, Function<JsonNode, Money> money) {
        return new Tender(TenderType.valueOf(n.get("type").asText()), money.apply(n.get("amount")),
                Points.of(n.get("points").asLong()),
                Optional.ofNullable(n.get("rate")).map(r -> PointsRate.of(r.get("points").asLong(),
                        money.apply(r.get("worth")))),
                text(n, "reference"), text(n, "settledAt").map(Instant::parse));
    }

    private static void writeShipment(ObjectNode node, Shipment s) {
        node.put("id", s.id().toString()).put("carrier", s.carrier()).put("trackingNumber", s.trackingNumber())
                .put("shippedBy", s.shippedBy()).put("shippedAt", s.shippedAt().toString());
        ArrayNode lines = node.putArray("lines");
        s.lines().forEach(l -> lines.addObject().put("line", l.line()).put("quantity", l.quantity()));
    }

    private static Shipment readShipment(JsonNode n) {
        return new Shipment(UUID.fromString(n.get("id").asText()), n.get("carrier").asText(),
                n.get("trackingNumber").asText(),
                list(n.get("lines"), l -> new ShipmentLine(l.get("line").asInt(), l.get("quantity").asInt())),
                n.get("shippedBy").asText(), Instant.parse(n.get("shippedAt").asText()));
    }

    private static void writeRefund(ObjectNode node, OrderRefund r) {
        node.put("reference", r.reference()).put("shipping", money(r.shipping())).put("at", r.at().toString());
        ArrayNode lines = node.putArray("lines");
        r.lines().forEach(l -> lines.addObject().put("line", l.line()).put("quantity", l.quantity())
                .put("amount", money(l.amount())).put("shipped", l.shipped()));
        ArrayNode tenders = node.putArray("tenders");
        r.tenders().forEach(t -> tenders.addObject().put("type", t.type().name()).put("amount", money(t.amount()))
                .put("points", t.points().value()));
    }

    private static OrderRefund readRefund(JsonNode n, Function<JsonNode, Money> money) {
        return new OrderRefund(n.get("reference").asText(),
                list(n.get("lines"), l -> new OrderRefund.RefundedLine(l.get("line").asInt(), l.get("quantity").asInt(),
                        money.apply(l.get("amount")), l.get("shipped").asBoolean())),
                money.apply(n.get("shipping")),
                list(n.get("tenders"), t -> new OrderRefund.RefundedTender(TenderType.valueOf(t.get("type").asText()),
                        money.apply(t.get("amount")), Points.of(t.get("points").asLong()))),
                Instant.parse(n.get("at").asText()));
    }

    private static void writeEvent(ObjectNode node, OrderEvent e) {
        node.put("at", e.at().toString()).put("actor", e.actor()).put("actorKind", e.actorKind().name())
                .put("action", e.action().name()).put("to", e.to().name());
        e.from().ifPresent(f -> node.put("from", f.name()));
        e.note().ifPresent(n -> node.put("note", n));
    }

    private static OrderEvent readEvent(JsonNode n) {
        return new OrderEvent(Instant.parse(n.get("at").asText()), n.get("actor").asText(),
                Actor.Kind.valueOf(n.get("actorKind").asText()), OrderAction.valueOf(n.get("action").asText()),
                text(n, "from").map(OrderStatus::valueOf), OrderStatus.valueOf(n.get("to").asText()), text(n, "note"));
    }

    private static String money(Money m) {
        return m.amount().toPlainString();
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
