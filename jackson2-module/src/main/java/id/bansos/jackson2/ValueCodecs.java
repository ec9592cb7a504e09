package id.bansos.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import id.bansos.core.InvalidDataException;
import id.bansos.core.Problem;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.money.Rupiah;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * The scalar value types of {@code core}, for callers who put them in their own objects: NIK and
 * No. KK as 16-digit strings, region codes dotted, Rupiah and desil as JSON integers.
 */
final class ValueCodecs {

  private ValueCodecs() {}

  /** Writes a value as a JSON string. */
  static final class AsString<T> extends UncheckedSerializer<T> {
    private final Function<T, String> text;

    AsString(Function<T, String> text) {
      this.text = text;
    }

    @Override
    public void serialize(T value, UncheckedGenerator g, SerializerProvider ctxt) {
      g.writeString(text.apply(value));
    }
  }

  /** Writes a value as a JSON integer. */
  static final class AsLong<T> extends UncheckedSerializer<T> {
    private final Function<T, Long> number;

    AsLong(Function<T, Long> number) {
      this.number = number;
    }

    @Override
    public void serialize(T value, UncheckedGenerator g, SerializerProvider ctxt) {
      g.writeNumber(number.apply(value));
    }
  }

  /** Reads a value from a JSON string through a domain parser. */
  static final class FromString<T> extends JsonDeserializer<T> {
    private final Function<String, T> parser;

    FromString(Function<String, T> parser) {
      this.parser = parser;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw wrongType("expected a string");
      }
      try {
        return parser.apply(p.getText());
      } catch (InvalidDataException e) {
        throw JsonInputException.from("", e);
      }
    }
  }

  /** Reads a value from a JSON integer through a domain factory. */
  static final class FromLong<T> extends JsonDeserializer<T> {
    private final Function<Long, T> factory;

    FromLong(Function<Long, T> factory) {
      this.factory = factory;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        throw wrongType("expected a whole number");
      }
      try {
        return factory.apply(p.getLongValue());
      } catch (InvalidDataException e) {
        throw JsonInputException.from("", e);
      } catch (com.fasterxml.jackson.core.exc.InputCoercionException e) {
        throw new JsonInputException(List.of(
            new Problem("", "JSON_NUMBER_RANGE", "the number is out of range")));
      }
    }
  }

  private static JsonInputException wrongType(String expected) {
    return new JsonInputException(List.of(new Problem("", "JSON_WRONG_TYPE", expected)));
  }

  static AsString<Nik> nikSerializer() {
    return new AsString<>(Nik::value);
  }

  static AsString<KkNumber> kkSerializer() {
    return new AsString<>(KkNumber::value);
  }

  static AsString<RegionCode> regionSerializer() {
    return new AsString<>(RegionCode::toString);
  }

  static AsLong<Rupiah> rupiahSerializer() {
    return new AsLong<>(Rupiah::amount);
  }

  static AsLong<Desil> desilSerializer() {
    return new AsLong<>(d -> (long) d.value());
  }

  static FromString<Nik> nikDeserializer() {
    return new FromString<>(HouseholdJson::nik);
  }

  static FromString<KkNumber> kkDeserializer() {
    return new FromString<>(HouseholdJson::kkNumber);
  }

  static FromString<RegionCode> regionDeserializer() {
    return new FromString<>(HouseholdJson::regionCode);
  }

  static FromLong<Rupiah> rupiahDeserializer() {
    return new FromLong<>(Rupiah::of);
  }

  static FromLong<Desil> desilDeserializer() {
    return new FromLong<>(v -> {
      if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
        throw new InvalidDataException("", "DESIL_RANGE", "a desil is a whole number from 1 to 10");
      }
      return Desil.of(v.intValue());
    });
  }
}
