package dev.zhanggui.server.pricing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.pricing.QuantityBreak;
import dev.zhanggui.pricing.RegionalRate;
import dev.zhanggui.pricing.ShippingRate;
import dev.zhanggui.shared.Money;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The jsonb documents of the pricing tables, written and read by hand so that the core's value
 * objects stay free of any mapping annotation. Amounts are decimal strings ("9.00").
 */
public final class PricingDocuments {
    public static final ObjectMapper JSON = new ObjectMapper();

    private PricingDocuments() {
    }

    public static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable pricing document", e);
        }
    }

    /** Price list entries: {"<sku>": [{"min": 1, "price": "10.00"}, ...]}. */
    public static String entries(Map<SkuId, List<QuantityBreak>> entries) {
        ObjectNode root = JSON.createObjectNode();
        entries.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.value().compareTo(b.value())))
                .forEach(e -> {
                    ArrayNode breaks = root.putArray(e.getKey().value().toString());
                    for (QuantityBreak b : e.getValue()) {
                        breaks.addObject().put("min", b.minQuantity()).put("price", b.unitPrice().amount().toPlainString());
                    }
                });
        return write(root);
    }

    public static Map<SkuId, List<QuantityBreak>> entries(String text) {
        Map<SkuId, List<QuantityBreak>> entries = new LinkedHashMap<>();
        read(text).fields().forEachRemaining(e -> {
            List<QuantityBreak> breaks = new ArrayList<>();
            e.getValue().forEach(b -> breaks.add(new QuantityBreak(b.get("min").asInt(), Money.of(b.get("price").asText()))));
            entries.put(new SkuId(UUID.fromString(e.getKey())), breaks);
        });
        return entries;
    }

    /** Regional rates: [{"provinces": ["新疆"], "firstKg": "20.00", "perAdditionalKg": "8.00"}]. */
    public static String regionalRates(List<RegionalRate> rates) {
        ArrayNode root = JSON.createArrayNode();
        for (RegionalRate rate : rates) {
            ObjectNode node = root.addObject();
            ArrayNode provinces = node.putArray("provinces");
            rate.provinces().stream().sorted().forEach(provinces::add);
            node.put("firstKg", rate.rate().firstKg().amount().toPlainString());
            node.put("perAdditionalKg", rate.rate().perAdditionalKg().amount().toPlainString());
        }
        return write(root);
    }

    public static List<RegionalRate> regionalRates(String text) {
        List<RegionalRate> rates = new ArrayList<>();
        for (JsonNode node : read(text)) {
            Set<String> provinces = new LinkedHashSet<>();
            node.get("provinces").forEach(p -> provinces.add(p.asText()));
            rates.add(new RegionalRate(provinces, new ShippingRate(Money.of(node.get("firstKg").asText()),
                    Money.of(node.get("perAdditionalKg").asText()))));
        }
        return rates;
    }
}
