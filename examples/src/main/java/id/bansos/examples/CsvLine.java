package id.bansos.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits and joins CSV lines (RFC 4180 quoting, comma separator, no line breaks inside a field:
 * one physical line is one row, so line numbers in reports are the line numbers an editor shows).
 */
final class CsvLine {

  private CsvLine() {}

  /** The fields of {@code line}; empty when the quoting is broken. */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      if (i < n && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= n) {
            return List.of();
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < n && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
        if (i < n && line.charAt(i) != ',') {
          return List.of();
        }
      } else {
        while (i < n && line.charAt(i) != ',') {
          char c = line.charAt(i++);
          if (c == '"') {
            return List.of();
          }
          field.append(c);
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      if (i >= n) {
        return fields;
      }
      i++;
    }
  }

  /** Appends {@code value} to {@code sb}, quoted only when it must be. */
  static void appendField(StringBuilder sb, String value) {
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      sb.append(value);
      return;
    }
    sb.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        sb.append('"');
      }
      // A line break would split the row; a space keeps one row per physical line.
      sb.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    sb.append('"');
  }

  /** One CSV line from {@code fields}, without the line terminator. */
  static String join(List<String> fields) {
    StringBuilder sb = new StringBuilder(fields.size() * 8);
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      appendField(sb, fields.get(i));
    }
    return sb.toString();
  }
}
