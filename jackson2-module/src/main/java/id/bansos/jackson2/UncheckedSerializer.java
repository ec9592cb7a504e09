package id.bansos.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A Jackson 2 serializer whose subclasses write through an {@link UncheckedGenerator}, as the
 * serializers of bansos-jackson write through Jackson 3's generator.
 *
 * @param <T> the type written
 */
abstract class UncheckedSerializer<T> extends JsonSerializer<T> {

  /**
   * Writes {@code value}.
   *
   * @param value the value; never null
   * @param g where to write
   * @param ctxt the serializer provider, which carries the attributes of the writer
   */
  public abstract void serialize(T value, UncheckedGenerator g, SerializerProvider ctxt);

  @Override
  public final void serialize(T value, JsonGenerator g, SerializerProvider ctxt)
      throws IOException {
    try {
      serialize(value, new UncheckedGenerator(g), ctxt);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
