package id.bansos.rules.report;

import id.bansos.rules.program.JawaTimur;
import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.money.Rupiah;
import id.bansos.rules.BenefitForm;
import id.bansos.rules.BenefitSchedule;
import id.bansos.rules.Funder;
import id.bansos.rules.Catalog;
import id.bansos.rules.PaymentFrequency;
import id.bansos.rules.Text;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.param.Source;
import id.bansos.rules.program.kube.Kube;
import id.bansos.rules.program.wrse.Wrse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogReportTest {

  /** The checked-in report, relative to the rules module's directory (Surefire's working one). */
  static final Path GOLDEN = Path.of("..", "docs", "programs.md");
  static final String REGENERATE = "./mvnw -B -o -pl rules -am test -Dtest=CatalogReportTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dbansos.regenerate=true";

  private static final Catalog TEST = Catalog.of("Test", List.of(Wrse.program(), Kube.program()));

  @Test
  void listsEveryProgramWithNamesBasisAndUnit() {
    String md = CatalogReport.markdown(TEST);

    assertThat(md).startsWith("# Program catalog: Test\n")
        .contains("| [WRSE](#wrse) | WRSE / Putri Jawara (economically vulnerable women) | MEMBER |")
        .contains("| [KUBE](#kube) | KUBE (joint business group) | GROUP |")
        .contains("\n## WRSE\n").contains("\n## KUBE\n")
        .contains("- Counted per (unit): GROUP")
        .contains("- Basis: Pergub/Kepgub not found; Kemensos KUBE criteria 2020")
        .contains("- In force: `WRSE.IN_FORCE`");
  }

  @Test
  void listsEveryCriterionWithCodeTitleAndBasis() {
    String md = CatalogReport.markdown(TEST);

    assertThat(md).contains("| `WRSE.AGE_BAND` | Aged {AGE_BAND} | Kepmensos 24/HUK/1996 as quoted"
        + " (18-59); Dinsos Kaltim 2025 |")
        .contains("| `KUBE.GROUP_REQUIRED` | The program is decided for a group |");
  }

  @Test
  void listsEveryParameterValueWithPeriodConfidenceSourcesAndNote() {
    String md = CatalogReport.markdown(TEST);

    assertThat(md).contains("#### `WRSE.BENEFIT`")
        .contains("| 2018-01-01..2018-12-31 | WRSE business goods: GOODS, Rp2.500.000 x 1 ONCE,"
            + " funded by East Java provincial budget (APBD Provinsi) | CONFIRMED | [KIM Suara"
            + " Kranggan, Apr 2018: WRSE 2018, Rp2.5 juta in business goods"
            + " per woman head of household (Kota Mojokerto, 86 women)]"
            + "(https://kimsuarakranggan.blogspot.com/2018/04) |  |")
        .contains("| 2025-01-01..2025-10-26 | Putri Jawara business capital: BUSINESS_CAPITAL,"
            + " Rp3.000.000 x 1 ONCE, via Bank Jatim, funded by East Java provincial budget"
            + " (APBD Provinsi) | ASSUMED |")
        .contains("| 2025-10-27..2025-12-31 | Putri Jawara business capital: BUSINESS_CAPITAL,"
            + " Rp3.000.000 x 1 ONCE, via Bank Jatim, funded by East Java provincial budget (APBD"
            + " Provinsi) | CONFIRMED |")
        .contains("| 2026-01-01.. | Putri Jawara business capital: BUSINESS_CAPITAL, Rp3.000.000 x"
            + " 1 ONCE, via Bank Jatim, funded by East Java provincial budget (APBD Provinsi) |"
            + " ASSUMED |")
        .contains("| 2019-01-01..2024-12-31 | WRSE business goods: GOODS, Rp2.500.000 x 1 ONCE,"
            + " funded by East Java provincial budget (APBD Provinsi) | ASSUMED |")
        .contains("| 2018-01-01.. | 18-59 | INFERRED |")
        .contains("(BenefitSchedule, optional)")
        .doesNotContain("Optional[");
  }

  @Test
  void namesTheExtensionFactsAProgramReads() {
    String md = CatalogReport.markdown(JawaTimur.catalog());

    assertThat(md).contains("- Extension facts it reads (accepted by readers of this catalog's"
        + " households): `proposedByRegentOrMayor` (true or false)\n");
    assertThat(md).contains("`pregnantOrPostpartum` (true or false), `pkhComponents` (a list of"
        + " distinct names from [PREGNANT_OR_POSTPARTUM, EARLY_CHILDHOOD, SD, SMP, SMA,"
        + " SEVERE_DISABILITY, ELDERLY])\n");
    assertThat(CatalogReport.markdown(Catalog.of("Test", List.of(Kube.program()))))
        .doesNotContain("Extension facts");
  }

  @Test
  void saysWhetherAProgramDecidesEligibilityOrRecordsAService() {
    String md = CatalogReport.markdown(JawaTimur.catalog());

    assertThat(md).contains("## UPT_PROTECTION\n").contains("- Kind: SERVICE_RECORD (not an"
        + " eligibility decision: listed among an assessment's service records for a member whose"
        + " data shows the service)\n")
        .contains("- Description: A service record, not an eligibility decision:");
    assertThat(CatalogReport.markdown(TEST)).contains("- Kind: ELIGIBILITY (decided in every"
        + " assessment: ELIGIBLE, NOT_ELIGIBLE or UNDETERMINED)\n")
        .doesNotContain("SERVICE_RECORD");
  }

  @Test
  void sharedParametersComeFirst() {
    String md = CatalogReport.markdown(TEST);

    assertThat(md.indexOf("## Shared parameters")).isPositive()
        .isLessThan(md.indexOf("#### `COMMON.EXCLUDED_OCCUPATIONS`"));
    assertThat(md.indexOf("#### `COMMON.CHILD_AGE_LIMIT`")).isLessThan(md.indexOf("\n## WRSE\n"));
    assertThat(md.indexOf("\n## WRSE\n")).isLessThan(md.indexOf("\n## KUBE\n"));
  }

  @Test
  void aDerivedCatalogReportsItsOverride() {
    Catalog sidoarjo = TEST.derive("Kabupaten Sidoarjo").override(new ParameterValue<>(Kube.BENEFIT,
        BenefitSchedule.paid(Text.of("Modal", "Capital | local"), BenefitForm.BUSINESS_CAPITAL,
            Rupiah.of(4_000_000), PaymentFrequency.ONCE, 1, Optional.empty(),
            Funder.APBD_KABUPATEN_KOTA),
        LocalDate.of(2026, 1, 1), Optional.empty(), Confidence.ASSUMED,
        List.of(Source.of("Perbup [draft]", "Perbup Sidoarjo 1/2026")), "line one\nline two"))
        .build();

    String md = CatalogReport.markdown(sidoarjo);

    assertThat(md).startsWith("# Program catalog: Kabupaten Sidoarjo\n")
        .contains("| 2023-01-01..2025-12-31 | KUBE business capital per member")
        .contains("| 2026-01-01.. | Capital \\| local: BUSINESS_CAPITAL, Rp4.000.000 x 1 ONCE,"
            + " funded by Regency or city budget (APBD kabupaten/kota) | ASSUMED |"
            + " Perbup \\[draft\\] (Perbup Sidoarjo 1/2026) | line one line two |");
  }

  @Test
  void aBenefitOfAnAmountNotKnownSaysSoAndNamesItsFunder() {
    String md = CatalogReport.markdown(JawaTimur.catalog());

    assertThat(md).contains("#### `LDP_COVID_ORPHAN.SPECIFIC_AID`")
        .contains("| 2021-08-03..2021-12-31 | Dinsos Jatim specific aid (bantuan spesifik): CASH,"
            + " amount not known, ONCE, funded by East Java provincial budget (APBD Provinsi) |"
            + " INFERRED |")
        .contains("ATENSI YAPI companion cash (school child): CASH, Rp200.000 x 3 MONTHLY,"
            + " funded by National budget (APBN, Kemensos) |");
  }

  @Test
  void theSameCatalogGivesTheSameText() {
    assertThat(CatalogReport.markdown(JawaTimur.catalog()))
        .isEqualTo(CatalogReport.markdown(JawaTimur.catalog()))
        .doesNotContain("\r");
  }

  @Test
  void checkedInReportIsCurrent() throws IOException {
    String expected = CatalogReport.markdown(JawaTimur.catalog());
    if (Boolean.getBoolean("bansos.regenerate")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, expected, StandardCharsets.UTF_8);
    }
    String actual = Files.exists(GOLDEN)
        ? Files.readString(GOLDEN, StandardCharsets.UTF_8).replace("\r\n", "\n") : "";

    assertThat(actual.equals(expected))
        .as("docs/programs.md is stale (first difference at line %d): it no longer matches"
            + " CatalogReport.markdown(JawaTimur.catalog()). Regenerate it from the repository"
            + " root with%n  %s%n", firstDifference(actual, expected), REGENERATE)
        .isTrue();
  }

  private static int firstDifference(String a, String b) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    int i = 0;
    while (i < x.length && i < y.length && x[i].equals(y[i])) {
      i++;
    }
    return i + 1;
  }
}
