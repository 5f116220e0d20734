package dev.zhanggui.server.customer;

import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static dev.zhanggui.server.testing.TestCustomers.newPhone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Who may call what: customers reach only {@code me}; staff, admins and integration clients reach
 * the member list; nobody reaches anything without a token. Refusals here are top-level errors.
 */
@QuarkusTest
class CustomerAuthorizationGraphQLTest {
    private static final String ME = "{ me { id phone } }";
    private static final String UPDATE_ME = """
            mutation { updateMe(input: {name: "张三"}) { customer { id } errors { code } } }""";
    private static final String ADD_ADDRESS = """
            mutation { addAddress(input: {recipient: "闯入者", phone: "13800000009", province: "上海市", city: "上海市",
              district: "黄浦区", detail: "南京东路 1 号"}) { address { id } errors { code } } }""";
    private static final String CUSTOMERS = "{ customers(first: 1) { edges { node { id } } } }";
    private static final String CUSTOMER = "query($id: ID!) { customer(id: $id) { id } }";
    private static final String CREATE_CUSTOMER = """
            mutation($phone: String!) {
              createCustomer(input: {phone: $phone, tags: []}) { customer { id } errors { code } } }""";
    private static final String TAG_CUSTOMER = """
            mutation($id: ID!) { tagCustomer(id: $id, tags: ["VIP"]) { customer { id } errors { code } } }""";
    private static final String UPDATE_CUSTOMER = """
            mutation($id: ID!) { updateCustomer(id: $id, input: {name: "闯入者"}) { customer { id } errors { code } } }""";

    record Call(String name, String document, Supplier<Map<String, Object>> variables) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Call me = new Call("me", ME, Map::of);
    private static final Call updateMe = new Call("updateMe", UPDATE_ME, Map::of);
    private static final Call addAddress = new Call("addAddress", ADD_ADDRESS, Map::of);
    private static final Call customers = new Call("customers", CUSTOMERS, Map::of);
    private static final Call customer = new Call("customer", CUSTOMER, () -> Map.of("id", UUID.randomUUID().toString()));
    private static final Call createCustomer = new Call("createCustomer", CREATE_CUSTOMER,
            () -> Map.of("phone", newPhone()));
    private static final Call tagCustomer = new Call("tagCustomer", TAG_CUSTOMER,
            () -> Map.of("id", UUID.randomUUID().toString()));
    private static final Call updateCustomer = new Call("updateCustomer", UPDATE_CUSTOMER,
            () -> Map.of("id", UUID.randomUUID().toString()));

    static Stream<Arguments> refused() {
        List<Call> staffOnly = List.of(customers, customer, createCustomer, tagCustomer, updateCustomer);
        List<Call> customerOnly = List.of(me, updateMe, addAddress);
        Stream<Arguments> nobody = Stream.concat(staffOnly.stream(), customerOnly.stream())
                .map(call -> arguments("nobody", call, "UNAUTHENTICATED"));
        Stream<Arguments> customerOnStaff = staffOnly.stream()
                .map(call -> arguments(Tokens.CUSTOMER, call, "FORBIDDEN"));
        Stream<Arguments> staffOnCustomer = Stream.of(Tokens.ADMIN, Tokens.STAFF, "integration")
                .flatMap(who -> customerOnly.stream().map(call -> arguments(who, call, "FORBIDDEN")));
        return Stream.of(nobody, customerOnStaff, staffOnCustomer).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0} may not call {1}")
    @MethodSource("refused")
    void a_caller_without_the_role_is_refused_at_the_top_level(String who, Call call, String code) {
        JsonPath answer = client(who).query(call.document(), call.variables().get());

        assertThat(answer.getList("errors")).hasSize(1);
        assertThat(answer.getString("errors[0].extensions.errorCode")).isEqualTo(code);
        assertThat(answer.getString("errors[0].path[0]")).isEqualTo(call.name());
        assertThat(answer.<Object>get("data." + call.name())).isNull();
    }

    static Stream<Arguments> allowed() {
        return Stream.of(Tokens.ADMIN, Tokens.STAFF, "integration")
                .flatMap(who -> Stream.of(customers, customer, createCustomer, tagCustomer, updateCustomer)
                        .map(call -> arguments(who, call)));
    }

    @ParameterizedTest(name = "{0} may call {1}")
    @MethodSource("allowed")
    void staff_admins_and_integrations_reach_the_member_list(String who, Call call) {
        JsonPath answer = client(who).query(call.document(), call.variables().get());

        assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
        assertThat(answer.getMap("data")).containsKey(call.name());
    }

    static Stream<Arguments> customerCalls() {
        return Stream.of(me, updateMe).map(Arguments::of);
    }

    @ParameterizedTest(name = "a customer may call {0}")
    @MethodSource("customerCalls")
    void a_customer_reaches_their_own_record(Call call) {
        JsonPath answer = client(Tokens.CUSTOMER).query(call.document(), call.variables().get());

        assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
        assertThat(answer.getMap("data." + call.name())).isNotNull();
    }

    private static GraphQLClient client(String who) {
        return switch (who) {
            case "nobody" -> GraphQLClient.anonymous();
            case "integration" -> GraphQLClient.integration();
            default -> GraphQLClient.user(who);
        };
    }
}
