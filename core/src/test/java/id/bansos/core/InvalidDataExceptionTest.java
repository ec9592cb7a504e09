package id.bansos.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidDataExceptionTest {

  /** {@code value} written with Java serialization and read back. */
  static <T> T roundTrip(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      @SuppressWarnings("unchecked")
      T read = (T) in.readObject();
      return read;
    }
  }

  @Test
  void anExceptionSentToAnotherProcessKeepsItsProblems() throws Exception {
    InvalidDataException e = new InvalidDataException(List.of(
        new Problem("members[0].nik", "NIK_LENGTH", "a NIK has 16 digits"),
        new Problem("", "HOUSEHOLD_NO_HEAD", "no member is the head")));

    InvalidDataException read = roundTrip(e);

    assertThat(read.problems()).isEqualTo(e.problems());
    assertThat(read).hasMessage(e.getMessage());
  }
}
