package dev.zhanggui.graphql.catalog;

import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.review.RatingSummary;
import dev.zhanggui.catalog.review.ReviewService;
import dev.zhanggui.graphql.catalog.ProductTypes.ProductNode;
import dev.zhanggui.graphql.catalog.ReviewTypes.RatingSummaryNode;
import dev.zhanggui.shared.Actor;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Adds {@code reviewSummary} to the {@code Product} type. The source is batched: the summaries of
 * all products of a list are loaded together, in one SQL statement, never one per product.
 */
@GraphQLApi
public class ReviewSummaryGraphQL {
    @Inject
    ReviewService reviews;
    @Inject
    Provider<Actor> actor;

    @Name("reviewSummary")
    @Description("The stars of the product's visible reviews: count, average to one decimal, count per star")
    public List<@NonNull RatingSummaryNode> reviewSummary(@Source List<ProductNode> products) {
        List<ProductId> ids = products.stream().map(p -> new ProductId(UUID.fromString(p.id()))).toList();
        Map<ProductId, RatingSummary> summaries = reviews.summaries(actor.get(), ids);
        return ids.stream().map(id -> RatingSummaryNode.of(summaries.get(id))).toList();
    }
}
