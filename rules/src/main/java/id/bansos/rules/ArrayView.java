package id.bansos.rules;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The first {@code size} elements of an array as an unmodifiable list, without a copy: for arrays
 * the engine fills once and never changes after handing them out (a snapshot's members, an
 * assessment's determinations, an award's qualifying members, beneficiaries and benefits).
 * {@link Assessment} keeps such a list as it is, where it copies any other. Like {@code List.of}'s
 * lists, it refuses null in {@code contains} and {@code indexOf}.
 *
 * @param <E> the element type
 */
final class ArrayView<E> extends AbstractList<E> implements RandomAccess {

  private final E[] elements;
  private final int size;

  ArrayView(E[] elements, int size) {
    Objects.checkFromIndexSize(0, size, elements.length);
    this.elements = elements;
    this.size = size;
  }

  @Override
  public E get(int index) {
    Objects.checkIndex(index, size);
    return elements[index];
  }

  @Override
  public int size() {
    return size;
  }

  // As List.of's lists, which the engine hands out for fewer elements: a null is refused.
  @Override
  public boolean contains(Object o) {
    return indexOf(o) >= 0;
  }

  @Override
  public int indexOf(Object o) {
    Objects.requireNonNull(o);
    for (int i = 0; i < size; i++) {
      if (o.equals(elements[i])) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public int lastIndexOf(Object o) {
    Objects.requireNonNull(o);
    for (int i = size - 1; i >= 0; i--) {
      if (o.equals(elements[i])) {
        return i;
      }
    }
    return -1;
  }
}
