package id.bansos.jsonfixtures;

import java.io.Reader;

/**
 * A reader of {@code head + unit * count + tail} that never holds more than one unit in memory,
 * so tests can feed huge documents without allocating them.
 */
public final class GeneratedReader extends Reader {

  private final String head;
  private final String unit;
  private final String tail;
  private final long count;
  private long position;
  private final long length;

  public GeneratedReader(String head, String unit, long count, String tail) {
    this.head = head;
    this.unit = unit;
    this.count = count;
    this.tail = tail;
    this.length = head.length() + unit.length() * count + tail.length();
  }

  private char charAt(long i) {
    if (i < head.length()) {
      return head.charAt((int) i);
    }
    long body = i - head.length();
    if (body < unit.length() * count) {
      return unit.charAt((int) (body % unit.length()));
    }
    return tail.charAt((int) (body - unit.length() * count));
  }

  @Override
  public int read(char[] buffer, int offset, int len) {
    if (position >= length) {
      return -1;
    }
    int n = (int) Math.min(len, length - position);
    for (int i = 0; i < n; i++) {
      buffer[offset + i] = charAt(position++);
    }
    return n;
  }

  @Override
  public void close() {}
}
