package dev.zhanggui.graphql.catalog;

import dev.zhanggui.catalog.FavoriteService;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.graphql.catalog.ProductTypes.ProductConnection;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.graphql.shared.Payload;
import dev.zhanggui.graphql.shared.UserError;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** The calling customer's favourites (收藏) over GraphQL: products on sale, newest favourite first. */
@GraphQLApi
public class FavoriteGraphQL {
    @Inject
    FavoriteService favorites;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Query("myFavorites")
    @Description("The calling customer's favourite products on sale, newest favourite first")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull ProductConnection myFavorites(@Name("first") @DefaultValue("20") int first,
                                                  @Name("after") String after) {
        return ProductConnection.of(favorites.list(actor.get(), PageRequest.of(first, after)));
    }

    @Mutation("addFavorite")
    @Description("Keeps a product on sale as a favourite; adding it again changes nothing")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull FavoritePayload addFavorite(@NonNull @Id @Name("productId") String productId,
                                                @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("addFavorite", idempotencyKey, productId, FavoritePayload.class, () -> {
            favorites.add(actor.get(), ProductId.parse(productId));
            return new FavoritePayload(productId, List.of());
        }, FavoritePayload::refused);
    }

    @Mutation("removeFavorite")
    @Description("Forgets a favourite; one that is not there is fine")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull FavoritePayload removeFavorite(@NonNull @Id @Name("productId") String productId,
                                                   @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("removeFavorite", idempotencyKey, productId, FavoritePayload.class, () -> {
            favorites.remove(actor.get(), ProductId.parse(productId));
            return new FavoritePayload(productId, List.of());
        }, FavoritePayload::refused);
    }

    @Type("FavoritePayload")
    public record FavoritePayload(@Id String productId, @NonNull List<@NonNull UserError> errors) implements Payload {
        static FavoritePayload refused(List<UserError> errors) {
            return new FavoritePayload(null, errors);
        }
    }
}
