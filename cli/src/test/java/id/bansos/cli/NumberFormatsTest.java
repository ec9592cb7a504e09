package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.junit.jupiter.api.Test;

/**
 * The built-in formats, the formats that are dates, the day of a date serial and the escapes of
 * a text, against Apache POI, whose answers the workbook reader gave before it stopped using POI.
 */
class NumberFormatsTest {

  /** Codes as workbooks hold them: Excel's, locales', LibreOffice's, and near misses. */
  private static final List<String> CODES = List.of(
      "General", "0", "0.00", "#,##0", "@", "dd/mm/yyyy", "dd/mm/yyyy;@", "d/m/yyyy",
      "yyyy-mm-dd", "yyyy\\-mm\\-dd", "dd\\.mm\\.yyyy", "dd\\ mmm\\ yyyy", "d\\\\m\\\\yy",
      "[$-421]dd mmmm yyyy", "[$-421]dd mmmm yyyy;@", "[$-F800]dddd, mmmm dd, yyyy",
      "[$-409]h:mm:ss AM/PM", "[$-409]mmmm d, yyyy;@", "[$-\n409]d/m", "[$-]d/m",
      "[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\"", "[DBNum2]yyyy年m月d日", "[DBNum4]d/m",
      "[Red]dd/mm/yyyy", "[Red][$-409]d/m", "[Blue]0.00", "[h]:mm:ss", "[h]", "[HH]", "[mm]",
      "[Ss]", "[hm]", "[h]:mm", "[]", "[1]", "mm:ss.0", "h:mm AM/PM", "h:mm a/p", "h:mm am/pm",
      "hh:mm:ss", "m/d/yy h:mm", "d-mmm-yy", "mmm-yy", "yyyy\"年\"m\"月\"d\"日\"", "0.00E+00",
      "# ?/?", "#,##0_);[Red](#,##0)", "\"Rp\" #,##0", "#,##0\" Rp\"", "dd/mm/yyyy;[Red]dd/mm",
      "dd/mm;", ";dd/mm", "dd/mm/yy 00", "dd/mm/yy 0 AM", "yyyy 0", "yyyy00", "d0", "ss.000",
      "d 0 p", "T", "yT", "dd\"/\"mm", "d,m.y", "y:m:d", "\\d", "\\\\d", "\\-", "d\\", "dd/mm\\",
      "e", "B2yyyy/mm/dd", "mmmmm", "General;[Red]d", "yyyy;@;@", "d;@x", ";@", "@;@", "d@",
      "dd/mm/yyyy hh:mm:ss", "dd/mm/yyyy\u00a0hh:mm", "dd/mm/yyyy\u2028", "年", "yyyy年",
      "Ｙ", "ｄ/ｍ", " d", "d ", "0d", "d/m 0", "d/m  ", "d/m AM/PM/", "d/m 0 0");

  private static final String ALPHABET = "yYmMdDhHsS-T/年月日,. :\"\\[]$;@0aApP1eBRu\n_#";

  private static List<String> randomCodes(int count) {
    Random random = new Random(2026);
    List<String> codes = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      StringBuilder code = new StringBuilder();
      String[] prefixes = {"", "", "[$-421]", "[DBNum1]", "[Red]", "[h]", "\\", ";@"};
      code.append(prefixes[random.nextInt(prefixes.length)]);
      for (int k = random.nextInt(10); k >= 0; k--) {
        code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      codes.add(code.toString());
    }
    return codes;
  }

  @Test
  void theBuiltInFormatsAreExcelsAsPoiListsThem() {
    for (int id = -2; id < 300; id++) {
      assertThat(NumberFormats.builtIn(id)).as("id %d", id)
          .isEqualTo(BuiltinFormats.getBuiltinFormat(id));
    }
  }

  @Test
  void aFormatIsADateWhenPoiSaysSo() {
    List<String> codes = new ArrayList<>(CODES);
    codes.addAll(randomCodes(50_000));
    codes.add(null);
    codes.add("");
    int dates = 0;
    for (String code : codes) {
      for (int id : new int[] {0, 13, 14, 22, 23, 44, 45, 47, 48, 164, -1}) {
        boolean ours = NumberFormats.isDate(id, code);
        assertThat(ours).as("id %d, code %s", id, code).isEqualTo(DateUtil.isADateFormat(id, code));
        dates += ours && id == 164 ? 1 : 0;
      }
    }
    // Both answers occur, so the comparison says something.
    assertThat(dates).isBetween(100, codes.size() - 100);
  }

  @Test
  void aSerialNamesTheDayPoiNamesInBothDateSystems() {
    Random random = new Random(7);
    List<Double> serials = new ArrayList<>(List.of(0.0, -0.0, 0.5, 1.0, 59.0, 59.9999999999,
        60.0, 60.5, 61.0, 61.99999999, 366.0, 1461.0, 1462.0, 45672.0, 45672.75,
        45672.99999, 45672.999994, 45672.999995, 45672.9999942, 45672.99999421,
        45672.9999999, 45672.999999999, 2_958_465.0, 2_958_465.5, 2_958_465.99999,
        2_957_003.0, 2_957_003.999999999));
    for (int n = 0; n < 100_000; n++) {
      double whole = random.nextInt(2_958_466);
      serials.add(switch (n % 4) {
        case 0 -> whole;
        case 1 -> whole + random.nextDouble();
        // A time within a millisecond of midnight, where rounding decides the day.
        case 2 -> whole + 1 - random.nextDouble() / 86_400_000;
        default -> Math.nextDown(whole + 1 - 0.5 / 86_400_000);
      });
    }
    for (double serial : serials) {
      for (boolean date1904 : new boolean[] {false, true}) {
        LocalDate ours = NumberFormats.date(serial, date1904);
        int last = date1904 ? NumberFormats.LAST_SERIAL - 1462 : NumberFormats.LAST_SERIAL;
        if (serial >= last + 1) {
          assertThat(ours).as("%s", serial).isNull();
        } else {
          assertThat(ours).as("%s, 1904 %s", serial, date1904)
              .isEqualTo(DateUtil.getLocalDateTime(serial, date1904).toLocalDate());
        }
      }
    }
  }

  @Test
  void whatIsNotADateSerialNamesNoDay() {
    for (double serial : new double[] {-1, -0.5, -Double.MIN_VALUE, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2_958_466, 1e300}) {
      assertThat(NumberFormats.date(serial, false)).as("%s", serial).isNull();
      assertThat(NumberFormats.date(serial, true)).as("%s", serial).isNull();
    }
    assertThat(NumberFormats.date(2_958_465.5, false)).isEqualTo(LocalDate.of(9999, 12, 31));
    assertThat(NumberFormats.date(2_958_465 - 1462, true)).isEqualTo(LocalDate.of(9999, 12, 31));
    assertThat(NumberFormats.date(2_958_465 - 1461, true)).isNull();
    assertThat(NumberFormats.date(60, false)).isEqualTo(LocalDate.of(1900, 3, 1));
  }

  @Test
  void escapesDecodeAsPoisRichTextDecodesThem() {
    List<String> texts = new ArrayList<>(List.of("", "plain", "_x000D_", "a_x000d_b",
        "_x005F_x0041_", "_x0041__x0042_", "__x0041_", "_x004_", "_x00411_", "_x004G_",
        "_X0041_", "_x0041", "_x", "x_x0041_x", "_x12345_", "_x\uff10\uff10\uff14\uff11_",
        "_xD83D__xDE00_", "_xffff_", "_xFFFF_"));
    Random random = new Random(3);
    String alphabet = "_x0aF9G_\u0660";
    for (int n = 0; n < 50_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(16); k >= 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(text.toString());
    }
    for (String text : texts) {
      assertThat(SharedStrings.decodeEscapes(text)).as(text)
          .isEqualTo(new XSSFRichTextString(text).getString());
    }
    assertThat(SharedStrings.decodeEscapes("baris_x000D_dua")).isEqualTo("baris\rdua");
  }
}
