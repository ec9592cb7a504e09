package id.bansos.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The library itself: its version, as the build wrote it into the {@code bansos-rules} jar. Every
 * assessment carries it ({@link CatalogStamp#libraryVersion()}) beside its catalog's fingerprint,
 * so a decision can be traced to the code that made it.
 */
public final class Library {

  private static final String VERSION = readVersion();

  private Library() {}

  /**
   * The version of {@code bansos-rules}, for example {@code 0.2.0}; a build from source gives
   * its snapshot version, for example {@code 0.2.0-SNAPSHOT}.
   *
   * @return the version; never null, never blank
   */
  public static String version() {
    return VERSION;
  }

  private static String readVersion() {
    // Read through our own class so the resource is found inside the module on the module path.
    try (InputStream in = Library.class.getResourceAsStream("library.properties")) {
      if (in == null) {
        throw new IllegalStateException("library.properties is missing from bansos-rules");
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "");
      if (v.isBlank() || v.startsWith("${")) {
        throw new IllegalStateException("library.properties holds no version: the build did not"
            + " filter it");
      }
      return v.strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
