package id.bansos.rules.program;

import id.bansos.rules.Catalog;
import id.bansos.rules.EngineParameters;
import id.bansos.rules.NonStackingPair;
import id.bansos.rules.NonStackingRules;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.program.aspd.Aspd;
import id.bansos.rules.program.extremepoverty.ExtremePoverty2023;
import id.bansos.rules.program.jps.JpsKelurahan2020;
import id.bansos.rules.program.jps.JpsProvinsi2020;
import id.bansos.rules.program.kube.Kube;
import id.bansos.rules.program.ldp.CovidOrphanSupport;
import id.bansos.rules.program.pkh.NationalPkh;
import id.bansos.rules.program.pilar.PilarSosial;
import id.bansos.rules.program.pkhplus.PkhPlus;
import id.bansos.rules.program.upt.UptClientProtection;
import id.bansos.rules.program.wrse.Wrse;
import java.time.LocalDate;
import java.util.List;

/**
 * The provincial catalog of Dinas Sosial Provinsi Jawa Timur: every program of the source
 * article (and the social pillars' incentives it mentions), each in force on its own dates, with its sourced parameters, and the pairs of programs
 * that sources say do not stack.
 */
public final class JawaTimur {

  private static final Catalog CATALOG = Catalog.of("Jawa Timur", List.of(
      PkhPlus.program(),
      Aspd.program(),
      Kube.program(),
      Wrse.program(),
      NationalPkh.program(),
      CovidOrphanSupport.program(),
      UptClientProtection.program(),
      JpsKelurahan2020.program(),
      JpsProvinsi2020.program(),
      ExtremePoverty2023.program(),
      PilarSosial.program()), List.of(nonStacking()));

  private JawaTimur() {}

  /**
   * The provincial catalog, built once and shared.
   *
   * @return the catalog
   */
  public static Catalog catalog() {
    return CATALOG;
  }

  private static Parameter<NonStackingRules> nonStacking() {
    return Parameter.builder(EngineParameters.NON_STACKING,
            "Pairs of programs that sources say a household does not receive together")
        .from(LocalDate.of(2020, 1, 1)).to(LocalDate.of(2020, 12, 31))
        .value(new NonStackingRules(List.of(
            new NonStackingPair("JPS_PROVINSI_2020", "JPS_KELURAHAN_2020",
                "The 2020 provincial safety net excluded families already receiving BPNT/Sembako,"
                    + " the base of the kelurahan top-up"),
            new NonStackingPair("JPS_PROVINSI_2020", "PKH_PLUS",
                "The 2020 provincial safety net excluded families already receiving PKH"))))
        .confidence(Confidence.INFERRED)
        .source("Republika, 27 Apr 2020: JPS Provinsi excludes families covered by other schemes",
            "https://news.republika.co.id/berita/q9gay1396/pemprov-jatim-siapkan-bansos-untuk-daerah-psbb")
        .note("The sources state that the provincial safety net excluded families already"
            + " receiving PKH or BPNT/Sembako (programs.md §1, two sources); that it therefore does"
            + " not stack with the kelurahan top-up (paid to BPNT families) or PKH Plus (paid to"
            + " PKH families) is deduced from that.")
        .add()
        .build();
  }
}
