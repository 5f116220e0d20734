package dev.zhanggui.graphql.pricing;

import dev.zhanggui.graphql.pricing.QuoteTypes.QuoteInput;
import dev.zhanggui.graphql.pricing.QuoteTypes.QuoteNode;
import dev.zhanggui.pricing.QuoteService;
import dev.zhanggui.shared.Actor;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * The quote (报价) over GraphQL: prices a cart without creating anything. A customer quotes for
 * themselves, staff may name a customer, an anonymous visitor quotes as a guest (X-Merchant).
 */
@GraphQLApi
public class QuoteGraphQL {
    @Inject
    QuoteService quotes;
    @Inject
    Provider<Actor> actor;

    @Query("quote")
    @Description("Prices a cart: unit prices and their tiers, promotions, coupon, shipping and the payable total, "
            + "with the reasons anything did not apply")
    @PermitAll
    public @NonNull QuoteNode quote(@NonNull @Name("input") QuoteInput input) {
        return QuoteNode.of(quotes.quote(actor.get(), input.toRequest()));
    }
}
