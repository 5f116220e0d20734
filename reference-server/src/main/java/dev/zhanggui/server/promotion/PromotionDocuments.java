package dev.zhanggui.server.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zhanggui.pricing.ValidityWindow;
import dev.zhanggui.promotion.CouponBenefit;
import dev.zhanggui.promotion.CouponScope;
import dev.zhanggui.promotion.CouponValidity;
import dev.zhanggui.promotion.PromotionRule;
import dev.zhanggui.server.pricing.PricingDocuments;
import dev.zhanggui.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static dev.zhanggui.server.pricing.PricingDocuments.JSON;

/**
 * The jsonb documents of promotions and coupon templates: promotion rules as {code, args}, a
 * coupon's benefit, scope and validity, each with a "kind" naming the variant.
 */
final class PromotionDocuments {
    private PromotionDocuments() {
    }

    static String rule(PromotionRule rule) {
        return PricingDocuments.write(ruleNode(rule));
    }

    static String rules(List<PromotionRule> rules) {
        ArrayNode array = JSON.createArrayNode();
        rules.forEach(r -> array.add(ruleNode(r)));
        return PricingDocuments.write(array);
    }

    private static ObjectNode ruleNode(PromotionRule rule) {
        ObjectNode node = JSON.createObjectNode().put("code", rule.code());
        ObjectNode args = node.putObject("args");
        new TreeMap<>(rule.args()).forEach(args::put);
        return node;
    }

    static PromotionRule rule(String text) {
        return rule(PricingDocuments.read(text));
    }

    static List<PromotionRule> rules(String text) {
        List<PromotionRule> rules = new ArrayList<>();
        PricingDocuments.read(text).forEach(n -> rules.add(rule(n)));
        return rules;
    }

    private static PromotionRule rule(JsonNode node) {
        Map<String, String> args = new LinkedHashMap<>();
        node.path("args").fields().forEachRemaining(e -> args.put(e.getKey(), e.getValue().asText()));
        return PromotionRule.of(node.get("code").asText(), args);
    }

    static String benefit(CouponBenefit benefit) {
        ObjectNode node = JSON.createObjectNode();
        switch (benefit) {
            case CouponBenefit.FixedAmount f -> node.put("kind", "FIXED_AMOUNT").put("amount", plain(f.amount()));
            case CouponBenefit.Rate r -> {
                node.put("kind", "RATE").put("rate", r.rate().toPlainString());
                r.cap().ifPresent(c -> node.put("cap", plain(c)));
            }
        }
        return PricingDocuments.write(node);
    }

    static CouponBenefit benefit(String text) {
        JsonNode node = PricingDocuments.read(text);
        if ("FIXED_AMOUNT".equals(node.get("kind").asText())) {
            return new CouponBenefit.FixedAmount(Money.of(node.get("amount").asText()));
        }
        return new CouponBenefit.Rate(new BigDecimal(node.get("rate").asText()),
                node.hasNonNull("cap") ? Optional.of(Money.of(node.get("cap").asText())) : Optional.empty());
    }

    static String scope(CouponScope scope) {
        ObjectNode node = JSON.createObjectNode().put("kind", scope.kind().name());
        ArrayNode ids = node.putArray("ids");
        scope.ids().stream().sorted().forEach(id -> ids.add(id.toString()));
        return PricingDocuments.write(node);
    }

    static CouponScope scope(String text) {
        JsonNode node = PricingDocuments.read(text);
        Set<UUID> ids = new LinkedHashSet<>();
        node.path("ids").forEach(id -> ids.add(UUID.fromString(id.asText())));
        return new CouponScope(CouponScope.Kind.valueOf(node.get("kind").asText()), ids);
    }

    static String validity(CouponValidity validity) {
        ObjectNode node = JSON.createObjectNode();
        switch (validity) {
            case CouponValidity.FixedWindow f -> node.put("kind", "FIXED_WINDOW")
                    .put("from", f.window().from().toString())
                    .put("until", f.window().until().orElseThrow().toString());
            case CouponValidity.DaysFromClaim d -> node.put("kind", "DAYS_FROM_CLAIM").put("days", d.days());
        }
        return PricingDocuments.write(node);
    }

    static CouponValidity validity(String text) {
        JsonNode node = PricingDocuments.read(text);
        if ("FIXED_WINDOW".equals(node.get("kind").asText())) {
            return new CouponValidity.FixedWindow(ValidityWindow.between(Instant.parse(node.get("from").asText()),
                    Instant.parse(node.get("until").asText())));
        }
        return new CouponValidity.DaysFromClaim(node.get("days").asInt());
    }

    private static String plain(Money money) {
        return money.amount().toPlainString();
    }
}
