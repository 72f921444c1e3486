package io.github.nieuweroute.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdTableTest {

    @Test
    void ids_are_numbered_in_the_order_they_are_first_added() {
        IdTable table = new IdTable(4);

        assertThat(table.add("b")).isZero();
        assertThat(table.add("a")).isEqualTo(1);
        assertThat(table.add("b")).isZero();

        assertThat(table.size()).isEqualTo(2);
        assertThat(table.ids()).containsExactly("b", "a");
        assertThat(table.id(1)).isEqualTo("a");
    }

    @Test
    void an_id_is_found_by_value_not_by_identity() {
        IdTable table = new IdTable(1);
        table.add("p12");

        assertThat(table.find(new String("p12"))).isZero();
        assertThat(table.find("p13")).isEqualTo(-1);
        assertThat(table.contains("p1")).isFalse();
    }

    @Test
    void the_table_grows_past_the_expected_size_and_keeps_every_number() {
        IdTable table = new IdTable(2);
        for (int i = 0; i < 10_000; i++) {
            assertThat(table.add("p" + i)).isEqualTo(i);
        }

        for (int i = 0; i < 10_000; i++) {
            assertThat(table.find("p" + i)).isEqualTo(i);
        }
        assertThat(table.find("p10000")).isEqualTo(-1);
        assertThat(table.size()).isEqualTo(10_000);
    }

    @Test
    void ids_with_equal_hashes_are_told_apart() {
        // "Aa" and "BB" have the same String hash code
        IdTable table = new IdTable(4);
        table.add("Aa");

        assertThat(table.find("BB")).isEqualTo(-1);
        assertThat(table.add("BB")).isEqualTo(1);
        assertThat(table.find("Aa")).isZero();
        assertThat(table.find("BB")).isEqualTo(1);
    }

    @Test
    void ids_that_all_share_one_hash_switch_the_table_to_the_keyed_hash_and_are_all_found() {
        java.util.List<String> colliding = io.github.nieuweroute.hostile.HostileSituations.collidingIds(20_000);
        IdTable table = new IdTable(16);
        for (int i = 0; i < colliding.size(); i++) {
            assertThat(table.add(colliding.get(i))).isEqualTo(i);
        }

        assertThat(table.keyed()).isTrue();
        for (int i = 0; i < colliding.size(); i++) {
            assertThat(table.find(colliding.get(i))).isEqualTo(i);
            assertThat(table.add(colliding.get(i))).isEqualTo(i);
        }
        assertThat(table.find("AaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAa" + "x")).isEqualTo(-1);
        assertThat(table.size()).isEqualTo(20_000);
    }

    @Test
    void ordinary_ids_keep_the_plain_hash() {
        IdTable table = new IdTable(4);
        for (int i = 0; i < 100_000; i++) {
            table.add("participant-" + i);
        }

        assertThat(table.keyed()).isFalse();
    }

    @Test
    void the_keyed_hash_tells_the_colliding_blocks_apart() {
        assertThat(IdTable.keyedHash("Aa")).isNotEqualTo(IdTable.keyedHash("BB"));
        assertThat(io.github.nieuweroute.hostile.HostileSituations.collidingIds(1_000).stream()
                .mapToInt(IdTable::keyedHash).distinct().count()).isGreaterThan(990);
    }
}
