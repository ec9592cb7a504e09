package id.bansos.jackson2;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * The names of the fields a JSON object may have, in order, each with its index: what {@link
 * Node} checks an object against, and where it keeps the value of each field. A name is found by
 * its hash in a small open-addressed table; a reader asks for the very constants the table was
 * made of, so a name it asks for is found without comparing characters.
 *
 * <p>Immutable.
 */
final class FieldNames {

  private final String[] names;
  // Open addressing with linear probing; at most half full, so a miss ends at an empty slot.
  private final String[] table;
  private final int[] indexes;

  private FieldNames(Collection<String> names) {
    this.names = new LinkedHashSet<>(names).toArray(new String[0]);
    int size = Integer.highestOneBit(Math.max(2, this.names.length * 2) - 1) << 1;
    this.table = new String[size];
    this.indexes = new int[size];
    for (int index = 0; index < this.names.length; index++) {
      int slot = hash(this.names[index]) & (size - 1);
      while (table[slot] != null) {
        slot = (slot + 1) & (size - 1);
      }
      table[slot] = this.names[index];
      indexes[slot] = index;
    }
  }

  /** These names in this order, each once. */
  static FieldNames of(String... names) {
    return new FieldNames(Arrays.asList(names));
  }

  /** These names in their iteration order, each once. */
  static FieldNames of(Collection<String> names) {
    return new FieldNames(names);
  }

  private static int hash(String name) {
    int h = name.hashCode();
    return h ^ (h >>> 16);
  }

  /** The index of {@code name}, or -1 when it is not one of these names. */
  int indexOf(String name) {
    int mask = table.length - 1;
    for (int slot = hash(name) & mask; ; slot = (slot + 1) & mask) {
      String t = table[slot];
      if (t == null) {
        return -1;
      }
      if (t == name || t.equals(name)) {
        return indexes[slot];
      }
    }
  }

  int size() {
    return names.length;
  }

  boolean isEmpty() {
    return names.length == 0;
  }

  /** The names in order, for messages: {@code "a, b, c"}. */
  String listed() {
    return String.join(", ", names);
  }
}
