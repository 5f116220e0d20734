package dev.zhanggui.server.customer;

import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.testing.CustomerDocuments.ADD_ADDRESS;
import static dev.zhanggui.server.testing.CustomerDocuments.ME;
import static dev.zhanggui.server.testing.CustomerDocuments.REMOVE_ADDRESS;
import static dev.zhanggui.server.testing.CustomerDocuments.SET_DEFAULT_ADDRESS;
import static dev.zhanggui.server.testing.CustomerDocuments.UPDATE_ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A storefront session of customer 13800000002 (李四) keeping their address book (收货地址). Each
 * test starts from an empty book, so the demo customer never reaches the 20-address limit.
 */
@QuarkusTest
class AddressBookGraphQLTest {
    private final GraphQLClient lisi = GraphQLClient.user(Tokens.CUSTOMER_2);

    @BeforeEach
    void an_empty_address_book() {
        for (String id : lisi.query(ME).getList("data.me.addresses.id", String.class)) {
            lisi.mutate(REMOVE_ADDRESS, Map.of("id", id));
        }
        assertThat(lisi.query(ME).getList("data.me.addresses")).isEmpty();
    }

    @Test
    void the_first_address_becomes_the_default() {
        JsonPath answer = lisi.mutate(ADD_ADDRESS, Map.of("input", address("北京市", false)));

        assertThat(answer.getList("data.addAddress.errors")).isEmpty();
        String id = answer.getString("data.addAddress.address.id");
        assertThat(answer.getBoolean("data.addAddress.address.isDefault")).isTrue();
        assertThat(lisi.query(ME).getString("data.me.defaultAddress.id")).isEqualTo(id);
    }

    @Test
    void a_new_address_asked_to_be_the_default_takes_it_over() {
        String home = added(address("北京市", false));
        String office = added(address("杭州市", true));

        JsonPath me = lisi.query(ME);

        assertThat(me.getString("data.me.defaultAddress.id")).isEqualTo(office);
        assertThat(isDefault(me, office)).isTrue();
        assertThat(isDefault(me, home)).isFalse();
    }

    @Test
    void the_customer_picks_another_default_address() {
        String home = added(address("北京市", false));
        String office = added(address("杭州市", false));

        JsonPath answer = lisi.mutate(SET_DEFAULT_ADDRESS, Map.of("id", office));

        assertThat(answer.getList("data.setDefaultAddress.errors")).isEmpty();
        assertThat(answer.getString("data.setDefaultAddress.customer.defaultAddress.id")).isEqualTo(office);
        JsonPath me = lisi.query(ME);
        assertThat(isDefault(me, office)).isTrue();
        assertThat(isDefault(me, home)).isFalse();
    }

    @Test
    void the_customer_corrects_an_address() {
        String id = added(address("北京市", false));
        Map<String, Object> corrected = address("北京市", false);
        corrected.put("detail", "朝阳区建国路 88 号 SOHO 现代城 2 号楼");
        corrected.put("postalCode", "100022");

        JsonPath answer = lisi.mutate(UPDATE_ADDRESS, Map.of("id", id, "input", corrected));

        assertThat(answer.getList("data.updateAddress.errors")).isEmpty();
        assertThat(answer.getString("data.updateAddress.address.detail")).isEqualTo("朝阳区建国路 88 号 SOHO 现代城 2 号楼");
        assertThat(answer.getBoolean("data.updateAddress.address.isDefault")).isTrue();
        assertThat(lisi.query(ME).getList("data.me.addresses.postalCode")).containsExactly("100022");
    }

    @Test
    void removing_the_default_address_makes_another_one_the_default() {
        String home = added(address("北京市", false));
        String office = added(address("杭州市", true));

        JsonPath answer = lisi.mutate(REMOVE_ADDRESS, Map.of("id", office));

        assertThat(answer.getList("data.removeAddress.errors")).isEmpty();
        assertThat(answer.getList("data.removeAddress.customer.addresses.id")).containsExactly(home);
        assertThat(answer.getString("data.removeAddress.customer.defaultAddress.id")).isEqualTo(home);
        assertThat(isDefault(lisi.query(ME), home)).isTrue();
    }

    @Test
    void an_unknown_address_is_refused_by_every_address_mutation() {
        String unknown = UUID.randomUUID().toString();

        JsonPath update = lisi.mutate(UPDATE_ADDRESS, Map.of("id", unknown, "input", address("北京市", false)));
        JsonPath remove = lisi.mutate(REMOVE_ADDRESS, Map.of("id", unknown));
        JsonPath makeDefault = lisi.mutate(SET_DEFAULT_ADDRESS, Map.of("id", "not-a-uuid"));

        assertThat(GraphQLClient.errorCodes(update, "data.updateAddress")).containsExactly("CUSTOMER_ADDRESS_NOT_FOUND");
        assertThat(GraphQLClient.errorCodes(remove, "data.removeAddress")).containsExactly("CUSTOMER_ADDRESS_NOT_FOUND");
        assertThat(GraphQLClient.errorCodes(makeDefault, "data.setDefaultAddress"))
                .containsExactly("CUSTOMER_ADDRESS_NOT_FOUND");
        assertThat(update.getMap("data.updateAddress")).containsEntry("address", null);
    }

    @Test
    void an_incomplete_address_is_refused_field_by_field() {
        Map<String, Object> input = address("北京市", false);
        input.put("recipient", "  ");
        input.put("detail", "");
        input.put("postalCode", "1000");

        JsonPath answer = lisi.mutate(ADD_ADDRESS, Map.of("input", input));

        assertThat(answer.getMap("data.addAddress")).containsEntry("address", null);
        assertThat(GraphQLClient.errorCodes(answer, "data.addAddress")).containsOnly("CUSTOMER_ADDRESS_INVALID");
        assertThat(answer.getList("data.addAddress.errors.field", String.class))
                .containsExactlyInAnyOrder("recipient", "detail", "postalCode");
        assertThat(lisi.query(ME).getList("data.me.addresses")).isEmpty();
    }

    @Test
    void the_address_book_holds_at_most_20_addresses() {
        for (int i = 0; i < 20; i++) {
            added(address("北京市", false));
        }

        JsonPath answer = lisi.mutate(ADD_ADDRESS, Map.of("input", address("杭州市", false)));

        assertThat(answer.getMap("data.addAddress")).containsEntry("address", null);
        assertThat(GraphQLClient.errorCodes(answer, "data.addAddress")).containsExactly("CUSTOMER_ADDRESS_LIMIT");
        assertThat(lisi.query(ME).getList("data.me.addresses")).hasSize(20);
    }

    @Test
    void another_customers_address_is_out_of_reach() {
        String lisisAddress = added(address("北京市", false));
        GraphQLClient zhangsan = GraphQLClient.user(Tokens.CUSTOMER);

        JsonPath update = zhangsan.mutate(UPDATE_ADDRESS, Map.of("id", lisisAddress, "input", address("上海市", true)));
        JsonPath makeDefault = zhangsan.mutate(SET_DEFAULT_ADDRESS, Map.of("id", lisisAddress));
        JsonPath remove = zhangsan.mutate(REMOVE_ADDRESS, Map.of("id", lisisAddress));

        assertThat(GraphQLClient.errorCodes(update, "data.updateAddress")).containsExactly("CUSTOMER_ADDRESS_NOT_FOUND");
        assertThat(GraphQLClient.errorCodes(makeDefault, "data.setDefaultAddress"))
                .containsExactly("CUSTOMER_ADDRESS_NOT_FOUND");
        assertThat(GraphQLClient.errorCodes(remove, "data.removeAddress")).containsExactly("CUSTOMER_ADDRESS_NOT_FOUND");
        assertThat(lisi.query(ME).getList("data.me.addresses.city")).containsExactly("北京市");
    }

    private String added(Map<String, Object> input) {
        JsonPath answer = lisi.mutate(ADD_ADDRESS, Map.of("input", input));
        assertThat(answer.getList("data.addAddress.errors")).isEmpty();
        return answer.getString("data.addAddress.address.id");
    }

    private static boolean isDefault(JsonPath me, String addressId) {
        List<Map<String, Object>> addresses = me.getList("data.me.addresses");
        return addresses.stream().filter(a -> addressId.equals(a.get("id"))).map(a -> (Boolean) a.get("isDefault"))
                .findFirst().orElseThrow(() -> new AssertionError("no address " + addressId));
    }

    private static Map<String, Object> address(String city, boolean makeDefault) {
        Map<String, Object> input = new HashMap<>();
        input.put("recipient", "李四");
        input.put("phone", "13800000002");
        input.put("province", city);
        input.put("city", city);
        input.put("district", "朝阳区");
        input.put("detail", "建国路 88 号");
        input.put("isDefault", makeDefault);
        return input;
    }
}
