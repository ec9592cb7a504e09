package id.bansos.rules;

import id.bansos.core.household.ExtensionKey;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.money.Rupiah;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.param.Source;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a catalog's canonical form: which programs it runs (code, kind, unit, in-force
 * parameter, criteria, extension facts), every parameter's whole timeline (value, period,
 * confidence, sources, note) and the library version. Two catalogs with the same rules have the
 * same fingerprint whatever their names, the order in which their programs and parameters were
 * added, the JVM, operating system, default locale or time zone; any changed value, period,
 * confidence, source or note, and any program added or removed, changes it. The canonical form
 * is described in {@code docs/catalog-format.md}.
 *
 * <p>Written {@code sha256:} followed by 64 lower-case hexadecimal digits; {@link #parse(String)}
 * reads that text back.
 */
public final class Fingerprint {

  private static final Pattern TEXT = Pattern.compile("sha256:[0-9a-f]{64}");

  /** The first line of the canonical form: changes whenever the form itself changes. */
  static final String FORM = "bansos-catalog-fingerprint 1";

  // The digest, or for a fingerprint made from a catalog and not yet read, what it is worked out
  // from (a Pending): loading the platform's SHA-256 and writing the canonical form took about
  // 40 ms of a cold process, before its first assessment (docs/performance.md §3n). Final, so that
  // a fingerprint handed to another thread without synchronisation is still seen whole; the
  // reference is also the lock under which the digest is worked out, once.
  private final AtomicReference<Object> state;

  /** What a digest not yet worked out is worked out from. */
  private record Pending(Catalog catalog, String version) {}

  private Fingerprint(String hex) {
    this.state = new AtomicReference<>(hex);
  }

  private Fingerprint(Catalog catalog, String version) {
    this.state = new AtomicReference<>(new Pending(catalog, version));
  }

  /**
   * Reads a fingerprint written by {@link #toString()}.
   *
   * @param text {@code sha256:} and 64 lower-case hexadecimal digits; never null
   * @return the fingerprint
   * @throws IllegalArgumentException when the text is not of that form
   */
  public static Fingerprint parse(String text) {
    Objects.requireNonNull(text, "text");
    if (!TEXT.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "a fingerprint is sha256: followed by 64 lower-case hexadecimal digits");
    }
    return new Fingerprint(text.substring("sha256:".length()));
  }

  /**
   * The fingerprint of {@code catalog} under library {@code version}, worked out when first read.
   * The catalog must not change, as no {@link Catalog} does.
   */
  static Fingerprint of(Catalog catalog, String version) {
    return new Fingerprint(Objects.requireNonNull(catalog, "catalog"),
        Objects.requireNonNull(version, "version"));
  }

  /**
   * The 64 lower-case hexadecimal digits, worked out from the catalog the first time any
   * thread reads them (this method, {@link #toString()}, {@code equals} or {@code hashCode}).
   * Working them out writes every parameter value into the canonical form; a value of a type
   * the form does not know is written by its {@code toString}, and whatever that throws is
   * thrown here, at every read until one succeeds.
   *
   * @return the digest in hexadecimal
   */
  public String hex() {
    Object s = state.get();
    return s instanceof String h ? h : digest();
  }

  private String digest() {
    synchronized (state) {
      Object s = state.get();
      if (s instanceof String h) {
        return h;
      }
      Pending p = (Pending) s;
      byte[] form = canonicalForm(p.catalog(), p.version()).getBytes(StandardCharsets.UTF_8);
      String h;
      try {
        h = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(form));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
      // The catalog is no longer kept.
      state.set(h);
      return h;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint other && hex().equals(other.hex());
  }

  @Override
  public int hashCode() {
    return hex().hashCode();
  }

  /**
   * The fingerprint as text, which {@link #parse(String)} reads back.
   *
   * @return {@code sha256:} and the 64 hexadecimal digits
   */
  @Override
  public String toString() {
    return "sha256:" + hex();
  }

  /**
   * The canonical form: UTF-8 text, one item a line, programs in code order, parameters in key
   * order, values in date order, strings quoted with escapes, sets in the order of their
   * elements' canonical text. Nothing in it depends on the platform, locale or time zone.
   */
  static String canonicalForm(Catalog catalog, String version) {
    StringBuilder sb = new StringBuilder(64 * 1024);
    sb.append(FORM).append('\n');
    sb.append("library ").append(quote(version)).append('\n');
    List<Program> programs = new ArrayList<>(catalog.programs());
    programs.sort(Comparator.comparing(p -> p.info().code()));
    for (Program p : programs) {
      ProgramInfo info = p.info();
      sb.append("program ").append(info.code()).append('\n');
      sb.append(" kind ").append(info.kind().name()).append('\n');
      sb.append(" unit ").append(info.unit().name()).append('\n');
      sb.append(" basis ").append(quote(info.basis())).append('\n');
      sb.append(" inForce ").append(info.inForce().name()).append('\n');
      for (Criterion c : p.criteria()) {
        sb.append(" criterion ").append(c.code()).append(' ').append(quote(c.basis())).append('\n');
      }
      for (ExtensionKey<?> k : p.extensionFacts()) {
        sb.append(" fact ").append(k.name()).append(' ').append(k.kind().name()).append(' ')
            .append(k.type().getName()).append('\n');
      }
    }
    List<Parameter<?>> parameters = new ArrayList<>(catalog.parameters());
    parameters.sort(Comparator.comparing(p -> p.key().name()));
    for (Parameter<?> p : parameters) {
      sb.append("parameter ").append(p.key().name()).append(' ')
          .append(p.key().type().getName()).append(p.key().isRequired() ? " required" : " optional")
          .append('\n');
      for (ParameterValue<?> v : p.timeline()) {
        sb.append(" value ").append(v.period()).append(' ').append(v.confidence().name())
            .append(' ');
        value(v.value(), sb);
        sb.append('\n');
        for (Source s : v.sources()) {
          sb.append("  source ").append(quote(s.title())).append(' ').append(quote(s.address()))
              .append('\n');
        }
        if (!v.note().isEmpty()) {
          sb.append("  note ").append(quote(v.note())).append('\n');
        }
      }
    }
    return sb.toString();
  }

  /** A value's canonical text: records field by field, sets sorted, nothing locale-dependent. */
  static void value(Object v, StringBuilder sb) {
    if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short
        || v instanceof Byte || v instanceof java.math.BigInteger) {
      sb.append(v);
    } else if (v instanceof BigDecimal d) {
      sb.append(d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
    } else if (v instanceof Double || v instanceof Float) {
      sb.append(Double.toString(((Number) v).doubleValue()));
    } else if (v instanceof CharSequence || v instanceof Character) {
      sb.append(quote(v.toString()));
    } else if (v instanceof Enum<?> e) {
      sb.append(e.name());
    } else if (v instanceof LocalDate d) {
      sb.append(d);
    } else if (v instanceof Rupiah r) {
      sb.append("Rp").append(r.amount());
    } else if (v instanceof Desil d) {
      sb.append("desil").append(d.value());
    } else if (v instanceof RegionCode c) {
      sb.append("region").append(c);
    } else if (v instanceof Nik || v instanceof KkNumber) {
      // Never personal data in a fingerprint's form; no parameter holds one.
      sb.append(v.getClass().getSimpleName());
    } else if (v instanceof Optional<?> o) {
      if (o.isEmpty()) {
        sb.append("none");
      } else {
        sb.append("some(");
        value(o.get(), sb);
        sb.append(')');
      }
    } else if (v instanceof Set<?> s) {
      List<String> items = new ArrayList<>(s.size());
      for (Object e : s) {
        StringBuilder item = new StringBuilder();
        value(e, item);
        items.add(item.toString());
      }
      items.sort(Comparator.naturalOrder());
      sb.append('{').append(String.join(",", items)).append('}');
    } else if (v instanceof Collection<?> c) {
      sb.append('[');
      boolean first = true;
      for (Object e : c) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        value(e, sb);
      }
      sb.append(']');
    } else if (v instanceof Map<?, ?> m) {
      List<String> entries = new ArrayList<>(m.size());
      for (Map.Entry<?, ?> e : m.entrySet()) {
        StringBuilder entry = new StringBuilder();
        value(e.getKey(), entry);
        entry.append('=');
        value(e.getValue(), entry);
        entries.add(entry.toString());
      }
      entries.sort(Comparator.naturalOrder());
      sb.append("map{").append(String.join(",", entries)).append('}');
    } else if (v instanceof Record r) {
      record(r, sb);
    } else {
      sb.append(v.getClass().getName()).append(quote(String.valueOf(v)));
    }
  }

  private static void record(Record r, StringBuilder sb) {
    RecordComponent[] components = r.getClass().getRecordComponents();
    StringBuilder fields = new StringBuilder();
    try {
      for (int i = 0; i < components.length; i++) {
        if (i > 0) {
          fields.append(',');
        }
        fields.append(components[i].getName()).append('=');
        value(components[i].getAccessor().invoke(r), fields);
      }
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      // A record of a package that does not open itself to this module: its own text stands in.
      sb.append(r.getClass().getName()).append(quote(String.valueOf(r)));
      return;
    }
    sb.append(r.getClass().getSimpleName()).append('(').append(fields).append(')');
  }

  /** A string in double quotes, with backslash, quote and control characters escaped. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
