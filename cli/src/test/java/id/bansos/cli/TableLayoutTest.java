package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.jackson.ExtensionFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code --column HEADER=COLUMN} makes of a file's header (docs/csv-format.md). */
class TableLayoutTest {

  @TempDir
  Path dir;

  private static TableLayout layout(String... headerColumn) {
    List<Map.Entry<String, String>> columns = new ArrayList<>();
    for (int i = 0; i < headerColumn.length; i += 2) {
      columns.add(Map.entry(headerColumn[i], headerColumn[i + 1]));
    }
    return new TableLayout(ExtensionFacts.provincial(), columns, TableLayout.DateOrder.ISO);
  }

  @Test
  void aHeaderIsReadAsTheColumnGivenWhateverItsCaseAndSpaces() {
    TableLayout layout = layout("NO KK", "kk", "Alamat", "-", "KODE PEKERJAAN", "pekerjaan",
        "keterangan", "person.needsWheelchair");
    assertThat(layout.column(" no kk ")).contains(TableLayout.KK);
    assertThat(layout.column("NO\u00A0KK")).contains(TableLayout.KK);
    assertThat(layout.column("ALAMAT")).contains(TableLayout.LEFT_OUT);
    assertThat(layout.column("kode pekerjaan")).contains(TableLayout.OCCUPATION);
    assertThat(layout.column("keterangan").flatMap(TableLayout.Column::extension)).isPresent();
    // The layout's own names are still read.
    assertThat(layout.column("nik")).contains(TableLayout.NIK);
    assertThat(layout.column("pekerjaan")).contains(TableLayout.OCCUPATION);
  }

  @Test
  void theOrderOfTheOptionsDoesNotMatter() {
    // A file with its own free-text "pekerjaan" column left out, and its coded column read as the
    // layout's pekerjaan: either order gives the same layout.
    for (TableLayout layout : new TableLayout[] {
        layout("pekerjaan", "-", "KODE PEKERJAAN", "pekerjaan"),
        layout("KODE PEKERJAAN", "pekerjaan", "pekerjaan", "-")}) {
      assertThat(layout.column("pekerjaan")).contains(TableLayout.LEFT_OUT);
      assertThat(layout.column("KODE PEKERJAAN")).contains(TableLayout.OCCUPATION);
    }
  }

  @Test
  void whatCannotBeMeantIsAUsageErrorNamingEveryProblem() {
    assertThatThrownBy(() -> layout("NO KK", "nomor_kk", " ", "nik", "kk", "-", "NIK", "-",
        "Nama", "nama", "NAMA", "-", "Alamat", "-", "Alamat", "-", "RT", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--column: 'nomor_kk' (for 'NO KK') is not a column of the layout"
            + " (docs/csv-format.md); a HEADER is needed before '=' (only '=-' may leave it"
            + " empty: it leaves out the columns whose header is empty); 'NAMA' is given twice;"
            + " 'Alamat' is given twice; 'RT' needs a COLUMN: HEADER=COLUMN; 'kk' cannot be left"
            + " out: every table needs its kk column, and no other --column gives it; 'NIK'"
            + " cannot be left out: every table needs its nik column, and no other --column gives"
            + " it");
  }

  @Test
  void theFilesOwnNikColumnMayBeLeftOutForAnotherThatHoldsTheMembersNik() throws Exception {
    TableLayout layout = layout("NIK", "-", "NIK ANGGOTA", "nik");
    assertThat(layout.column("NIK")).contains(TableLayout.LEFT_OUT);
    assertThat(layout.column("nik anggota")).contains(TableLayout.NIK);
    assertThat(layout("kk", "-", "NO KK", "no_kk").column("kk")).contains(TableLayout.LEFT_OUT);
    // Another column given for the other id does not make up for it.
    assertThatThrownBy(() -> layout("NIK", "-", "NIK ANGGOTA", "kk"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--column: 'NIK' cannot be left out: every table needs its nik column, and"
            + " no other --column gives it");
    // Read end to end: the file's own NIK column (the head's) is not read, the members' is.
    Path file = dir.resolve("own-nik.csv");
    Files.writeString(file, "kk,NIK,NIK ANGGOTA\n"
        + "3522011503200001,3522014101850001,3522014101850001\n"
        + "3522011503200001,3522014101850001,3522010101150002\n");
    List<HouseholdRecord> read = new ArrayList<>();
    InputFormat.CSV.read(file, layout, read::add, new Progress());
    assertThat(read).singleElement().isInstanceOfSatisfying(HouseholdRecord.Valid.class,
        v -> assertThat(v.household().members()).extracting(p -> p.nik().value())
            .containsExactly("3522014101850001", "3522010101150002"));
  }

  @Test
  void twoHeaderCellsGivingOneColumnAreNamedBoth() throws Exception {
    Path file = dir.resolve("twice.csv");
    Files.writeString(file, "kk,nik,pekerjaan,KODE PEKERJAAN\n3522011503200001,"
        + "3522014101850001,petani,FARMER\n");
    assertThatThrownBy(() -> InputFormat.CSV.read(file,
        layout("KODE PEKERJAAN", "pekerjaan"), r -> { }, new Progress()))
        .isInstanceOf(InputFormatException.class)
        .hasMessage("header columns 'pekerjaan' (column 3) and 'KODE PEKERJAAN' (column 4) both"
            + " give the layout's 'occupation' column (--column HEADER=- leaves one out)");
    Files.writeString(file, "kk,nik,NIK\n3522011503200001,3522014101850001,\n");
    assertThatThrownBy(() -> InputFormat.CSV.read(file, layout(), r -> { }, new Progress()))
        .isInstanceOf(InputFormatException.class)
        .hasMessage("header column 'NIK' appears twice (columns 2 and 3)");
  }

  @Test
  void aNoBreakSpaceInAnUnknownHeaderIsShownAsASpace() throws Exception {
    Path file = dir.resolve("nbsp.csv");
    Files.writeString(file, "kk,nik,NAMA\u00A0LENGKAP\n3522011503200001,"
        + "3522014101850001,\n");
    assertThatThrownBy(() -> InputFormat.CSV.read(file, layout(), r -> { }, new Progress()))
        .isInstanceOf(InputFormatException.class)
        .hasMessageStartingWith("not a column of the layout (docs/csv-format.md): column 3"
            + " 'NAMA LENGKAP'");
  }

  @Test
  void columnsAreEqualByEveryComponent() {
    TableLayout.Column kk = new TableLayout.Column("kk", "no_kk", TableLayout.Level.HOUSEHOLD,
        java.util.Optional.empty());
    assertThat(kk).isEqualTo(TableLayout.KK).hasSameHashCodeAs(TableLayout.KK)
        .isNotEqualTo(new TableLayout.Column("kk", "kk", TableLayout.Level.HOUSEHOLD,
            java.util.Optional.empty()))
        .isNotEqualTo(new TableLayout.Column("no_kk", "no_kk", TableLayout.Level.HOUSEHOLD,
            java.util.Optional.empty()))
        .isNotEqualTo(new TableLayout.Column("kk", "no_kk", TableLayout.Level.PERSON,
            java.util.Optional.empty()))
        .isNotEqualTo(new TableLayout.Column("kk", "no_kk", TableLayout.Level.HOUSEHOLD,
            java.util.Optional.of(id.bansos.rules.program.aspd.Aspd.NEEDS_WHEELCHAIR)))
        .isNotEqualTo(TableLayout.LEFT_OUT);
  }
}
