package id.bansos.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Jackson 2's generator under the names and unchecked exceptions of Jackson 3's, so the writers
 * of the format read as those of bansos-jackson line for line (ParallelSourcesTest compares them)
 * and can write from lambdas. An {@link IOException} leaves as an {@link UncheckedIOException},
 * which {@link UncheckedSerializer} turns back.
 */
final class UncheckedGenerator {

  private final JsonGenerator g;

  UncheckedGenerator(JsonGenerator g) {
    this.g = g;
  }

  private interface Write {
    void run() throws IOException;
  }

  private static void io(Write write) {
    try {
      write.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void writeStartObject() {
    io(g::writeStartObject);
  }

  void writeEndObject() {
    io(g::writeEndObject);
  }

  void writeStartArray() {
    io(g::writeStartArray);
  }

  void writeEndArray() {
    io(g::writeEndArray);
  }

  void writeName(String name) {
    io(() -> g.writeFieldName(name));
  }

  void writeObjectPropertyStart(String name) {
    io(() -> g.writeObjectFieldStart(name));
  }

  void writeArrayPropertyStart(String name) {
    io(() -> g.writeArrayFieldStart(name));
  }

  void writeStringProperty(String name, String value) {
    io(() -> g.writeStringField(name, value));
  }

  void writeBooleanProperty(String name, boolean value) {
    io(() -> g.writeBooleanField(name, value));
  }

  void writeNumberProperty(String name, int value) {
    io(() -> g.writeNumberField(name, value));
  }

  void writeNumberProperty(String name, long value) {
    io(() -> g.writeNumberField(name, value));
  }

  void writeString(String value) {
    io(() -> g.writeString(value));
  }

  void writeBoolean(boolean value) {
    io(() -> g.writeBoolean(value));
  }

  void writeNumber(long value) {
    io(() -> g.writeNumber(value));
  }

  void writeNumber(double value) {
    io(() -> g.writeNumber(value));
  }

  void writeNumber(BigInteger value) {
    io(() -> g.writeNumber(value));
  }

  void writeNumber(BigDecimal value) {
    io(() -> g.writeNumber(value));
  }

  void writeNull() {
    io(g::writeNull);
  }

  void writePOJO(Object value) {
    io(() -> g.writePOJO(value));
  }
}
