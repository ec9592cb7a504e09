package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.bench.ExcelStyleWorkbook;
import id.bansos.jackson.ExtensionFacts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample's workbook rewritten as Excel saves one reads to the same households. */
class ExcelStyleWorkbookTest {

  @TempDir
  Path dir;

  @Test
  void theRewrittenWorkbookSharesEveryTextAndReadsToTheSameHouseholds() throws Exception {
    Path sample = dir.resolve("sample.xlsx");
    Path excel = dir.resolve("excel.xlsx");
    SampleData.write(sample, SampleData.Format.XLSX, 300, 7, LocalDate.of(2025, 7, 1), 3, false);

    ExcelStyleWorkbook.main(new String[] {sample.toString(), excel.toString()});

    try (ZipFile zip = new ZipFile(excel.toFile())) {
      String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))
          .readAllBytes(), StandardCharsets.UTF_8);
      assertThat(sheet).doesNotContain("inlineStr").contains(" t=\"s\"><v>");
    }
    assertThat(read(excel)).isEqualTo(read(sample)).hasSize(300);
  }

  /** Each household read, with its lines, or the problems of each record rejected. */
  private static List<Object> read(Path workbook) throws Exception {
    List<Object> out = new ArrayList<>();
    InputFormat.XLSX.read(workbook, new TableLayout(ExtensionFacts.provincial()), r -> out.add(
        r instanceof HouseholdRecord.Valid v ? List.of(v.household(), v.memberLines())
            : ((HouseholdRecord.Invalid) r).problems()), new Progress());
    return out;
  }
}
