package id.bansos.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonInputExceptionTest {

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void anExceptionSentToAnotherProcessKeepsItsProblems() throws Exception {
    JsonInputException e = new JsonInputException(List.of(
        new Problem("members[0].birthDate", "JSON_DATE_INVALID", "the date does not exist"),
        new Problem("kkNumber", "JSON_MISSING", "a required field is absent")));
    CatalogFileException c = new CatalogFileException("regency.yaml",
        List.of(new Problem("programs[0]", "CATALOG_UNKNOWN_PROGRAM", "no such program")));

    JsonInputException read = roundTrip(e);
    CatalogFileException readCatalog = roundTrip(c);

    assertThat(read.problems()).isEqualTo(e.problems());
    assertThat(read.codes()).containsExactly("JSON_DATE_INVALID", "JSON_MISSING");
    assertThat(readCatalog.problems()).isEqualTo(c.problems());
    assertThat(readCatalog.file()).isEqualTo(c.file());
  }
}
