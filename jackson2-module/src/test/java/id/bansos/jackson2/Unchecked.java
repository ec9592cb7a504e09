package id.bansos.jackson2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/**
 * Jackson 2's mapper calls with their checked exceptions unchecked, for the lambdas of property
 * tests, where bansos-jackson's tests call Jackson 3's mapper directly.
 */
final class Unchecked {

  private Unchecked() {}

  private interface Call<T> {
    T run() throws JsonProcessingException;
  }

  private static <T> T unchecked(Call<T> call) {
    try {
      return call.run();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode readTree(ObjectMapper mapper, String json) {
    return unchecked(() -> mapper.readTree(json));
  }

  static String writeValueAsString(ObjectMapper mapper, Object value) {
    return unchecked(() -> mapper.writeValueAsString(value));
  }

  static <T> T readValue(ObjectMapper mapper, String json, TypeReference<T> type) {
    return unchecked(() -> mapper.readValue(json, type));
  }
}
