package org.peerchain.storage.kv;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The columns one store was opened with, checked for clashing ids and names. */
final class ColumnSet {
  private static final int MAX_SLOTS = 4096;

  private final Map<Integer, Column<?, ?>> byId;
  /** The same columns indexed by id: {@link #require} runs for every read and write. */
  private final Column<?, ?>[] slots;

  private ColumnSet(Map<Integer, Column<?, ?>> byId) {
    this.byId = byId;
    int maxId = byId.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    // Ids are small in practice; a store opened with huge ids looks them up in the map instead.
    this.slots = new Column<?, ?>[maxId < MAX_SLOTS ? maxId + 1 : 0];
    byId.forEach((id, column) -> {
      if (id < slots.length) {
        slots[id] = column;
      }
    });
  }

  static ColumnSet of(Collection<? extends Column<?, ?>> columns) {
    Map<Integer, Column<?, ?>> byId = new TreeMap<>();
    Set<String> names = new HashSet<>();
    for (Column<?, ?> column : columns) {
      Column<?, ?> clash = byId.put(column.id(), column);
      if (clash != null) {
        throw new IllegalArgumentException("column id " + column.id() + " used twice: " + clash + ", " + column);
      }
      if (!names.add(column.name())) {
        throw new IllegalArgumentException("column name used twice: " + column.name());
      }
    }
    if (byId.isEmpty()) {
      throw new IllegalArgumentException("a store needs at least one column");
    }
    return new ColumnSet(Collections.unmodifiableMap(byId));
  }

  Collection<Column<?, ?>> all() {
    return byId.values();
  }

  Optional<Column<?, ?>> byFamilyName(String familyName) {
    return byId.values().stream().filter(c -> c.familyName().equals(familyName)).findFirst();
  }

  /** Refuses a column this store was not opened with, so a typo cannot write into a neighbour. */
  void require(Column<?, ?> column) {
    int id = column.id();
    Column<?, ?> known = id < slots.length ? slots[id] : byId.get(id);
    // The schema's own constants are the same objects, so equals rarely has to compare fields.
    if (known != column && !column.equals(known)) {
      throw new IllegalArgumentException("column " + column + " is not part of this store");
    }
  }
}
