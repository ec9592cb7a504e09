package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.core.household.Household;
import id.bansos.jackson.ExtensionFacts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table converted to JSON Lines or a workbook reads to the same households. */
class TableConvertTest {

  @TempDir
  Path dir;

  @Test
  void aWorkbookHoldsTheTablesHouseholdsAndTheirGroups() throws Exception {
    Path csv = dir.resolve("h.csv");
    SampleData.write(csv, SampleData.Format.CSV, 200, 11, LocalDate.of(2025, 7, 1), 0, false);
    // A header of another name, as version 0.1's CSV has two.
    Files.writeString(csv, Files.readString(csv, StandardCharsets.UTF_8)
        .replaceFirst("household\\.pkhComponents", "pkh_components"), StandardCharsets.UTF_8);
    List<Map.Entry<String, String>> columns =
        List.of(Map.entry("pkh_components", "household.pkhComponents"));

    assertThat(TableConvert.convert(csv, dir.resolve("h.xlsx"), columns)).isEqualTo(200);

    List<Object> households = households(csv, columns);
    assertThat(households).hasSize(200)
        .anyMatch(h -> ((Optional<?>) ((List<?>) h).get(1)).isPresent());
    assertThat(households(dir.resolve("h.xlsx"), List.of())).isEqualTo(households);
    // JSON Lines cannot name a group: refused, and nothing is left.
    assertThatThrownBy(() -> TableConvert.convert(csv, dir.resolve("h.jsonl"), columns))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("KUBE group");
    assertThat(dir.resolve("h.jsonl")).doesNotExist();
  }

  @Test
  void jsonLinesHoldTheTablesHouseholds() throws Exception {
    Path sample = dir.resolve("sample.csv");
    SampleData.write(sample, SampleData.Format.CSV, 200, 11, LocalDate.of(2025, 7, 1), 0, false);
    // The same households in no group.
    Path csv = dir.resolve("h.csv");
    try (HouseholdTableWriter table = HouseholdTableWriter.csv(Files.newOutputStream(csv),
        ExtensionFacts.provincial(), false)) {
      for (Object h : households(sample, List.of())) {
        table.write((Household) ((List<?>) h).get(0), Optional.empty());
      }
    }

    assertThat(TableConvert.convert(csv, dir.resolve("h.jsonl"), List.of())).isEqualTo(200);

    assertThat(households(dir.resolve("h.jsonl"), List.of()))
        .isEqualTo(households(csv, List.of()).stream().map(h -> ((List<?>) h).get(0)).toList());
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("sample.csv", "h.csv", "h.jsonl");
  }

  @Test
  void aRejectedHouseholdLeavesNoOutput() throws Exception {
    Path csv = dir.resolve("bad.csv");
    SampleData.write(csv, SampleData.Format.CSV, 50, 11, LocalDate.of(2025, 7, 1), 2, false);
    Path out = dir.resolve("bad.xlsx");

    assertThatThrownBy(() -> TableConvert.convert(csv, out, List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2 households not converted (lines ");
    assertThat(out).doesNotExist();
  }

  /** Each household read (with its group for a table), in order. */
  private static List<Object> households(Path file, List<Map.Entry<String, String>> columns)
      throws Exception {
    List<Object> out = new ArrayList<>();
    InputFormat format = InputFormat.of(file).orElseThrow();
    format.read(file, new TableLayout(ExtensionFacts.provincial(), columns,
        TableLayout.DateOrder.ISO), r -> {
          HouseholdRecord.Valid v = (HouseholdRecord.Valid) r;
          out.add(format == InputFormat.JSON_LINES ? v.household()
              : List.of(v.household(), v.kube()));
        }, new Progress());
    return out;
  }
}
