package id.bansos.jsonfixtures;

import java.util.regex.Pattern;

/**
 * Assessment goldens compared apart from the two values that change with every release: the
 * library version and the catalog fingerprint, which covers it. Tests of their own check that
 * the written stamp is the engine's.
 */
public final class Stamps {

  private static final Pattern FINGERPRINT =
      Pattern.compile("(\"fingerprint\"\\s*:\\s*\")sha256:[0-9a-f]{64}\"");
  private static final Pattern VERSION = Pattern.compile("(\"libraryVersion\"\\s*:\\s*\")[^\"]*\"");

  private Stamps() {}

  /**
   * The JSON with every fingerprint and library version replaced by a fixed placeholder.
   *
   * @param json assessment JSON
   * @return the same text with the two values neutralised
   */
  public static String neutral(String json) {
    String out = FINGERPRINT.matcher(json).replaceAll("$1<fingerprint>\"");
    return VERSION.matcher(out).replaceAll("$1<version>\"");
  }
}
