package dev.zhanggui.graphql.wallet;

import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.graphql.wallet.TopUpTypes.TopUpNode;
import dev.zhanggui.graphql.wallet.TopUpTypes.TopUpPayload;
import dev.zhanggui.graphql.wallet.TopUpTypes.TopUpPlanInput;
import dev.zhanggui.graphql.wallet.TopUpTypes.TopUpPlanNode;
import dev.zhanggui.graphql.wallet.TopUpTypes.TopUpPlanPayload;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import dev.zhanggui.wallet.TopUpPlanId;
import dev.zhanggui.wallet.TopUpService;
import dev.zhanggui.wallet.WalletFields;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Top-up plans (充值返现) and online top-ups over GraphQL. */
@GraphQLApi
public class TopUpGraphQL {
    @Inject
    TopUpService topUps;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Query("topUpPlans")
    @Description("The top-up plans by amount: active ones for customers and storefronts, all for staff")
    @PermitAll
    public @NonNull List<@NonNull TopUpPlanNode> topUpPlans() {
        return topUps.plans(actor.get()).stream().map(TopUpPlanNode::of).toList();
    }

    @Mutation("startTopUp")
    @Description("Top up the calling customer's wallet by a plan or an amount; answers the payment to make."
            + " The wallet is credited when the gateway confirms the payment.")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull TopUpPayload startTopUp(@Id @Name("planId") String planId, @Name("amount") String amount,
                                            @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("startTopUp", idempotencyKey, Arrays.asList(planId, amount), TopUpPayload.class,
                () -> new TopUpPayload(TopUpNode.of(topUps.start(actor.get(),
                        Optional.ofNullable(planId).map(TopUpPlanId::parse), WalletFields.money("amount", amount))),
                        List.of()),
                TopUpPayload::refused);
    }

    @Mutation("createTopUpPlan")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    public @NonNull TopUpPlanPayload createTopUpPlan(@NonNull @Name("input") TopUpPlanInput input,
                                                     @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("createTopUpPlan", idempotencyKey, input, TopUpPlanPayload.class,
                () -> new TopUpPlanPayload(TopUpPlanNode.of(topUps.createPlan(actor.get(), input.toCore())), List.of()),
                TopUpPlanPayload::refused);
    }

    @Mutation("updateTopUpPlan")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    public @NonNull TopUpPlanPayload updateTopUpPlan(@NonNull @Id @Name("id") String id,
                                                     @NonNull @Name("input") TopUpPlanInput input,
                                                     @Name("expectedVersion") Integer expectedVersion,
                                                     @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("updateTopUpPlan", idempotencyKey, Arrays.asList(id, input, expectedVersion),
                TopUpPlanPayload.class,
                () -> new TopUpPlanPayload(TopUpPlanNode.of(topUps.updatePlan(actor.get(), TopUpPlanId.parse(id),
                        input.toCore(), Optional.ofNullable(expectedVersion).map(Integer::longValue))), List.of()),
                TopUpPlanPayload::refused);
    }

    @Mutation("deleteTopUpPlan")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    public @NonNull TopUpPlanPayload deleteTopUpPlan(@NonNull @Id @Name("id") String id,
                                                     @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("deleteTopUpPlan", idempotencyKey, id, TopUpPlanPayload.class, () -> {
            topUps.deletePlan(actor.get(), TopUpPlanId.parse(id));
            return new TopUpPlanPayload(null, List.of());
        }, TopUpPlanPayload::refused);
    }
}
