package org.peerchain.storage.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerchain.storage.kv.Column;

class SchemaTest {
  /**
   * The on-disk identity of every column. A change here breaks every existing data directory:
   * only appending a line is allowed.
   */
  private static final Map<Integer, String> PINNED = new LinkedHashMap<>();

  static {
    PINNED.put(1, "metadata");
    PINNED.put(2, "block_headers");
    PINNED.put(3, "block_bodies");
    PINNED.put(4, "certificates");
    PINNED.put(5, "receipts");
    PINNED.put(6, "canonical");
    PINNED.put(7, "tx_index");
    PINNED.put(8, "trie_nodes");
    PINNED.put(9, "accounts");
    PINNED.put(10, "state_journal");
    PINNED.put(11, "consensus_signer");
    PINNED.put(12, "trie_node_refs");
  }

  @Test
  void columnIdsAndNamesNeverChange() {
    Map<Integer, String> actual = new LinkedHashMap<>();
    for (Column<?, ?> column : Schema.ALL) {
      assertThat(actual.put(column.id(), column.name())).as("id %d used twice", column.id()).isNull();
    }
    assertThat(actual).containsAllEntriesOf(PINNED);
    assertThat(actual.values()).doesNotHaveDuplicates();
  }

  @Test
  void everyDeclaredColumnIsListed() throws IllegalAccessException {
    for (var field : Schema.class.getFields()) {
      if (field.getType() == Column.class) {
        assertThat(Schema.ALL).as(field.getName()).contains((Column<?, ?>) field.get(null));
      }
    }
  }
}
