package id.bansos.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvHouseholdReaderTest {

  private static HouseholdRecord readOne(String csv) throws IOException {
    try (HouseholdReader r = InputFormat.csv().open(new BufferedReader(new StringReader(csv)))) {
      return r.next().orElseThrow();
    }
  }

  @Test
  void householdColumnsAreTakenFromTheFirstRowAndMayBeLeftEmptyBelow() throws IOException {
    HouseholdRecord r = readOne("kk,domicile,nik,relationship\n"
        + "3578010507090003,35.78.01.1002,3578014210710006,HEAD\n"
        + "3578010507090003,,3578010112120005,child\n");

    assertThat(r).isInstanceOf(HouseholdRecord.Valid.class);
    HouseholdRecord.Valid v = (HouseholdRecord.Valid) r;
    assertThat(v.household().members()).hasSize(2);
    assertThat(v.household().domicile()).map(Object::toString).hasValue("35.78.01.1002");
    assertThat(v.memberLines()).containsExactly(2, 3);
  }

  @Test
  void aDifferentHouseholdValueOnALaterRowIsRejected() throws IOException {
    HouseholdRecord r = readOne("kk,domicile,nik\n"
        + "3578010507090003,35.78.01.1002,3578014210710006\n"
        + "3578010507090003,35.78.01.1003,3578010112120005\n");

    assertThat(r).isInstanceOf(HouseholdRecord.Invalid.class);
    List<RecordProblem> problems = ((HouseholdRecord.Invalid) r).problems();
    assertThat(problems).extracting(RecordProblem::line).containsExactly(3);
    assertThat(problems).extracting(p -> p.problem().code())
        .containsExactly("CSV_HOUSEHOLD_MISMATCH");
  }

  @Test
  void aDuplicateNikIsReportedOnTheLineOfTheSecondRow() throws IOException {
    HouseholdRecord r = readOne("kk,nik\n"
        + "3578010507090003,3578014210710006\n"
        + "3578010507090003,3578014210710006\n");

    RecordProblem p = ((HouseholdRecord.Invalid) r).problems().get(0);
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.problem().path()).isEqualTo("members[1].nik");
    assertThat(p.problem().code()).isEqualTo("HOUSEHOLD_DUPLICATE_NIK");
  }

  @Test
  void emptyCellsAreUnknownAndWordsInEitherLanguageAreBooleans() throws IOException {
    HouseholdRecord r = readOne("kk,aid_pkh,aid_bst,nik,has_disability\n"
        + "3578010507090003,ya,,3578014210710006,tidak\n");

    var h = ((HouseholdRecord.Valid) r).household();
    assertThat(h.receives(id.bansos.core.household.AidProgram.PKH)).hasValue(true);
    assertThat(h.receives(id.bansos.core.household.AidProgram.BST)).isEmpty();
    assertThat(h.members().get(0).hasDisability()).hasValue(false);
  }
}
