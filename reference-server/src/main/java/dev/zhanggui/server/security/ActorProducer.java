package dev.zhanggui.server.security;

import dev.zhanggui.server.merchant.MerchantDirectory;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who is calling: the merchant from the token's {@code merchant} claim (or, for anonymous
 * storefront calls, the {@code X-Merchant} header), the kind of principal from its realm roles,
 * and a customer's phone from the {@code phone_number} claim. A header that contradicts the
 * token is refused.
 */
@ApplicationScoped
public class ActorProducer {
    public static final String MERCHANT_HEADER = "X-Merchant";
    private static final String ACTOR_KEY = ActorProducer.class.getName();

    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken token;
    @Inject
    RoutingContext request;
    @Inject
    MerchantDirectory merchants;

    /**
     * The caller, worked out once per HTTP request (the routing context keeps it): resources and
     * interceptors ask for it several times.
     */
    @Produces
    @Dependent
    Actor actor() {
        Actor known = request.get(ACTOR_KEY);
        if (known == null) {
            known = caller();
            request.put(ACTOR_KEY, known);
        }
        return known;
    }

    private Actor caller() {
        String header = Optional.ofNullable(request.request().getHeader(MERCHANT_HEADER))
                .map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        if (identity.isAnonymous()) {
            if (header == null) {
                throw new DomainException(ErrorCode.MERCHANT_REQUIRED);
            }
            MerchantId merchant = known(MerchantId.of(header));
            return new Actor(merchant, "anonymous", Actor.Kind.ANONYMOUS, Optional.empty());
        }
        String claim = token.getClaim("merchant");
        if (claim == null) {
            throw new DomainException(ErrorCode.FORBIDDEN, "The access token names no merchant");
        }
        if (header != null && !header.equals(claim)) {
            throw new DomainException(ErrorCode.MERCHANT_MISMATCH);
        }
        MerchantId merchant = known(MerchantId.of(claim));
        return new Actor(merchant, token.getSubject(), kind(), Optional.ofNullable(token.getClaim("phone_number")));
    }

    private Actor.Kind kind() {
        if (identity.hasRole(Roles.MERCHANT_ADMIN)) {
            return Actor.Kind.STAFF_ADMIN;
        }
        if (identity.hasRole(Roles.MERCHANT_STAFF)) {
            return Actor.Kind.STAFF;
        }
        if (identity.hasRole(Roles.INTEGRATION)) {
            return Actor.Kind.INTEGRATION;
        }
        if (identity.hasRole(Roles.CUSTOMER)) {
            return Actor.Kind.CUSTOMER;
        }
        throw new DomainException(ErrorCode.FORBIDDEN, "The access token has no Zhanggui role");
    }

    private MerchantId known(MerchantId merchant) {
        if (!merchants.seen(merchant) && !QuarkusTransaction.joiningExisting().call(() -> merchants.exists(merchant))) {
            throw new DomainException(ErrorCode.MERCHANT_UNKNOWN, "No merchant " + merchant);
        }
        return merchant;
    }
}
