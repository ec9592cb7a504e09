package id.bansos.rules;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The first {@code size} elements of an array as an unmodifiable list, without a copy: for arrays
 * the engine fills once and never changes after handing them out (a snapshot's members, an
 * assessment's determinations, an award's qualifying members, beneficiaries and benefits, a
 * determination's criteria and member results, a result's facts and missing facts).
 * {@link Assessment}, {@link CriterionResult} and {@link MemberResult} keep such a list as it is
 * ({@link #keptOrCopied}), where they copy any other. Like {@code List.of}'s
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

  /**
   * {@code list} itself when it is a view the engine made (unmodifiable, its array never changed,
   * no null), else {@code List.copyOf(list)}: what the engine's records keep of a list given.
   */
  static <E> List<E> keptOrCopied(List<E> list) {
    return list instanceof ArrayView<E> kept ? kept : List.copyOf(list);
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

  // Reads the array directly, as List.of's lists do, where AbstractList's iterator calls get and
  // checks for modification at every step.
  @Override
  public Iterator<E> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public E next() {
        int i = next;
        if (i >= size) {
          throw new NoSuchElementException();
        }
        next = i + 1;
        return elements[i];
      }
    };
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
