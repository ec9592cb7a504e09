package id.bansos.rules;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The first {@code size} elements of an array as an unmodifiable list, without a copy: for arrays
 * the engine fills once and never changes after handing them out (a snapshot's members, an
 * assessment's determinations). {@link Assessment} keeps such a list as it is, where it copies any
 * other.
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
}
