package id.bansos.cli;

import id.bansos.core.household.Household;
import id.bansos.rules.Assessment;
import id.bansos.rules.Language;
import id.bansos.rules.Render;
import java.util.Locale;
import picocli.CommandLine;

/**
 * The three renderings of an explained assessment ({@link Render}): plain text, Markdown, and the
 * one-page HTML decision sheet. Members are named by who they are in the household, since the
 * household is at hand.
 */
enum ExplainFormat {
  TEXT, MARKDOWN, HTML;

  String render(Assessment assessment, Household household, Language language) {
    return switch (this) {
      case TEXT -> Render.text(assessment, household, language);
      case MARKDOWN -> Render.markdown(assessment, household, language);
      case HTML -> Render.html(assessment, household, language);
    };
  }

  /** Reads {@code text}, {@code markdown} ({@code md}) or {@code html}, in any case. */
  static final class Converter implements CommandLine.ITypeConverter<ExplainFormat> {
    @Override
    public ExplainFormat convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "text", "txt" -> TEXT;
        case "markdown", "md" -> MARKDOWN;
        case "html" -> HTML;
        default -> throw new CommandLine.TypeConversionException(
            "expected text, markdown or html");
      };
    }
  }
}
