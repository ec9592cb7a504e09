package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs moved into place all together, or not at all. */
class AtomicOutputTest {

  @TempDir
  Path dir;

  @Test
  void aCommitReplacesTheEarlierRunsFilesAndLeavesNothingElse() throws IOException {
    Path results = dir.resolve("r.csv");
    Path rejects = dir.resolve("r.rejects.csv");
    Files.writeString(results, "old results");
    try (AtomicOutput out = new AtomicOutput()) {
      Files.writeString(out.temporary(results), "new results");
      Files.writeString(out.temporary(rejects), "new rejects");
      assertThat(results).hasContent("old results");
      out.commit();
    }
    assertThat(results).hasContent("new results");
    assertThat(rejects).hasContent("new rejects");
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("r.csv", "r.rejects.csv");
  }

  @Test
  void whenOneFileCannotBePlacedNoneIsAndTheEarlierRunsFilesStay() throws IOException {
    Path results = dir.resolve("r.csv");
    Path rejects = dir.resolve("r.rejects.csv");
    Files.writeString(results, "old results");
    try (AtomicOutput out = new AtomicOutput()) {
      Files.writeString(out.temporary(results), "new results");
      Files.writeString(out.temporary(rejects), "new rejects");
      // Made while the run wrote, where the rejects are to go.
      Files.createDirectory(rejects);
      assertThatThrownBy(out::commit).isInstanceOf(IOException.class)
          .hasMessageContaining("r.rejects.csv is a folder");
    }
    assertThat(results).hasContent("old results");
    assertThat(rejects).isDirectory();
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("r.csv", "r.rejects.csv");
  }

  @Test
  void aMoveThatFailsAfterAnotherPutsTheEarlierRunsFilesBack() throws IOException {
    Path results = dir.resolve("r.csv");
    Path rejects = dir.resolve("r.rejects.csv");
    Path groups = dir.resolve("r.groups.csv");
    Files.writeString(results, "old results");
    Files.writeString(rejects, "old rejects");
    try (AtomicOutput out = new AtomicOutput()) {
      Files.writeString(out.temporary(results), "new results");
      Files.writeString(out.temporary(groups), "new groups");
      Path lost = out.temporary(rejects);
      // The third move finds nothing to move, after the first two succeeded.
      Files.delete(lost);
      assertThatThrownBy(out::commit).isInstanceOf(IOException.class);
    }
    assertThat(results).hasContent("old results");
    assertThat(rejects).hasContent("old rejects");
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("r.csv", "r.rejects.csv");
  }

  @Test
  void aMissingFolderOrAFolderOfTheNameIsSaidPlainly() throws IOException {
    try (AtomicOutput out = new AtomicOutput()) {
      assertThatThrownBy(() -> out.temporary(dir.resolve("nodir").resolve("r.csv")))
          .isInstanceOf(IOException.class).hasMessageContaining("there is no folder")
          .hasMessageEndingWith("nodir to write r.csv in");
      Files.createDirectory(dir.resolve("r.xlsx"));
      assertThatThrownBy(() -> out.temporary(dir.resolve("r.xlsx")))
          .isInstanceOf(IOException.class).hasMessageEndingWith("r.xlsx is a folder, not a file");
    }
  }
}
