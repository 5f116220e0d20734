package dev.zhanggui.server.catalog;

import dev.zhanggui.catalog.FavoriteRepository;
import dev.zhanggui.catalog.FavoriteService;
import dev.zhanggui.catalog.ProductRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.shared.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** Builds the favourites use cases from the server's adapters. */
@ApplicationScoped
public class FavoriteWiring {

    @Produces
    @ApplicationScoped
    FavoriteService favoriteService(FavoriteRepository favorites, ProductRepository products,
                                    CustomerService customers, Transactions transactions, Clock clock) {
        return new FavoriteService(favorites, products, customers, transactions, clock);
    }
}
