package id.bansos.rules;

import id.bansos.core.household.ExtensionKey;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import id.bansos.rules.param.ParameterValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set of programs and the parameters they read, compiled: for each period over which
 * no parameter value changes, a plan with every value resolved, which {@link Engine} looks up by
 * date. The provincial catalog is {@code id.bansos.rules.program.JawaTimur.catalog()}; a
 * kabupaten/kota derives its own with {@link #derive(String)}, replacing parameter values from a
 * date on and adding local programs, without forking.
 */
public final class Catalog {

  private final String name;
  private final List<Program> programs;
  private final Map<String, Parameter<?>> parameters;
  private final List<ExtensionKey<?>> extensionFacts;
  // The catalog compiled: plans[i] holds from starts[i] until the next start.
  private final LocalDate[] starts;
  // The same starts as epoch days, which the search by date compares without calls.
  private final long[] startDays;
  private final Plan[] plans;
  // Made once, on first use, after the catalog is built (so that the fingerprint never holds a
  // catalog under construction); its digest is worked out when first read, since the canonical
  // form costs more than compiling the plans and the platform's SHA-256 is slow to load.
  private volatile @Nullable Fingerprint fingerprint;
  private final Object fingerprintLock = new Object();

  private Catalog(String name, List<Program> programs, Map<String, Parameter<?>> parameters) {
    this.name = name;
    this.programs = List.copyOf(programs);
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    this.extensionFacts = extensionFacts(this.programs);
    TreeSet<LocalDate> bounds = new TreeSet<>();
    bounds.add(LocalDate.MIN);
    for (Parameter<?> p : this.parameters.values()) {
      for (ParameterValue<?> v : p.timeline()) {
        bounds.add(v.validFrom());
        v.validTo().filter(to -> to.isBefore(LocalDate.MAX)).ifPresent(to -> bounds.add(to.plusDays(1)));
      }
    }
    this.starts = bounds.toArray(new LocalDate[0]);
    this.startDays = new long[starts.length];
    this.plans = new Plan[starts.length];
    for (int i = 0; i < starts.length; i++) {
      plans[i] = new Plan(this, starts[i]);
      startDays[i] = starts[i].toEpochDay();
    }
  }

  private static List<ExtensionKey<?>> extensionFacts(List<Program> programs) {
    TreeMap<String, ExtensionKey<?>> byName = new TreeMap<>();
    for (Program p : programs) {
      for (ExtensionKey<?> key : p.extensionFacts()) {
        ExtensionKey<?> earlier = byName.putIfAbsent(key.name(), key);
        if (earlier != null && !sameFact(earlier, key)) {
          throw new IllegalArgumentException("the extension fact " + key.name()
              + " is declared with different types; " + p.info().code() + " is one program"
              + " declaring it");
        }
      }
    }
    return List.copyOf(byName.values());
  }

  /** Whether two keys of one name are the same fact: the same kind and value type. */
  static boolean sameFact(ExtensionKey<?> a, ExtensionKey<?> b) {
    return a.kind() == b.kind() && a.type().equals(b.type());
  }

  /** The compiled plan in force on {@code date}. */
  Plan plan(LocalDate date) {
    long day = date.toEpochDay();
    int lo = 0;
    int hi = startDays.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (startDays[mid] > day) {
        hi = mid - 1;
      } else {
        lo = mid;
      }
    }
    return plans[lo];
  }

  /**
   * A catalog of exactly the given programs, with their default parameters, the shared
   * parameters they read, and the engine's own ({@link EngineParameters#defaults()}).
   *
   * @param name a name for reports, for example {@code "Jawa Timur"}; never null
   * @param programs the programs, in report order; never null
   * @return the catalog
   * @throws IllegalArgumentException when two programs share a code or a parameter name, or
   *     declare extension facts of one name with different types
   */
  public static Catalog of(String name, List<Program> programs) {
    return of(name, programs, List.of());
  }

  /**
   * As {@link #of(String, List)}, with further parameters that no program brings (the pairs of
   * programs that do not stack, say).
   *
   * @param name a name for reports; never null
   * @param programs the programs, in report order; never null
   * @param parameters the further parameters; never null
   * @return the catalog
   * @throws IllegalArgumentException when a code or a parameter name is defined twice
   */
  public static Catalog of(String name, List<Program> programs, List<Parameter<?>> parameters) {
    Builder b = new Builder(name, List.of(), new LinkedHashMap<>());
    for (Parameter<?> p : EngineParameters.defaults()) {
      b.putNew(p);
    }
    for (Parameter<?> p : parameters) {
      b.putNew(p);
    }
    for (Program p : programs) {
      b.add(p);
    }
    return b.build();
  }

  /**
   * Starts a derived catalog (for a kabupaten/kota) from this one.
   *
   * @param name the derived catalog's name, for example {@code "Kabupaten Sidoarjo"}; never null
   * @return a builder holding this catalog's programs and parameters
   */
  public Builder derive(String name) {
    return new Builder(name, programs, parameters);
  }

  /**
   * The catalog's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The catalog's fingerprint: a SHA-256 over the canonical form of its programs, its parameters'
   * whole timelines and the library version ({@link Fingerprint}). Catalogs with the same rules
   * have the same fingerprint whatever their names and the order they were built in; every
   * assessment carries it ({@link Assessment#stamp()}). The digest is worked out the first time
   * the fingerprint is read, not when it or an engine is made.
   *
   * @return the fingerprint; never null
   */
  public Fingerprint fingerprint() {
    Fingerprint f = fingerprint;
    if (f == null) {
      synchronized (fingerprintLock) {
        f = fingerprint;
        if (f == null) {
          f = Fingerprint.of(this, Library.version());
          fingerprint = f;
        }
      }
    }
    return f;
  }

  /**
   * The programs, in report order.
   *
   * @return the programs
   */
  public List<Program> programs() {
    return programs;
  }

  /**
   * The program with {@code code}.
   *
   * @param code the code; never null
   * @return the program, if in this catalog
   */
  public Optional<Program> program(String code) {
    for (Program p : programs) {
      if (p.info().code().equals(code)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Every parameter with its timeline, shared ones first, then each program's.
   *
   * @return the parameters
   */
  public List<Parameter<?>> parameters() {
    return List.copyOf(parameters.values());
  }

  /**
   * The extension facts the catalog's programs read ({@link Program#extensionFacts()}), each
   * once, in name order: what a reader of households for this catalog must accept. A derived
   * catalog lists those of the programs it keeps and adds.
   *
   * @return the facts; never null
   */
  public List<ExtensionKey<?>> extensionFacts() {
    return extensionFacts;
  }

  /**
   * The parameter of {@code key}.
   *
   * @param key the key; never null
   * @param <T> the value type
   * @return the parameter, if in this catalog
   */
  @SuppressWarnings("unchecked")
  public <T> Optional<Parameter<T>> parameter(ParameterKey<T> key) {
    return Optional.ofNullable((Parameter<T>) parameters.get(key.name()));
  }

  /**
   * The value of a parameter in force on {@code date}.
   *
   * @param key the parameter; never null
   * @param date the date; never null
   * @param <T> the value type
   * @return the value, empty when the catalog has no such parameter or no value on that date
   */
  @SuppressWarnings("unchecked")
  public <T> Optional<ParameterValue<T>> at(ParameterKey<T> key, LocalDate date) {
    Parameter<T> p = (Parameter<T>) parameters.get(key.name());
    return p == null ? Optional.empty() : p.at(date);
  }

  /**
   * The programs in force on {@code date}, those that only record a service ({@link
   * ProgramInfo.Kind#SERVICE_RECORD}) included; an assessment of that date has a determination of
   * each that {@link ProgramInfo#decidesEligibility() decides eligibility}.
   *
   * @param date the date; never null
   * @return the programs whose in-force parameter is {@code true} on that date
   */
  public List<Program> inForce(LocalDate date) {
    return plan(Objects.requireNonNull(date, "date")).inForce;
  }

  @Override
  public String toString() {
    return "Catalog{" + name + ", programs=" + programs.size() + ", parameters=" + parameters.size()
        + "}";
  }

  /** Builds a derived catalog. */
  public static final class Builder {
    private final String name;
    private final List<Program> programs;
    private final Map<String, Parameter<?>> parameters;

    private Builder(String name, List<Program> programs, Map<String, Parameter<?>> parameters) {
      this.name = Objects.requireNonNull(name, "name");
      this.programs = new ArrayList<>(programs);
      this.parameters = new LinkedHashMap<>(parameters);
    }

    private void putNew(Parameter<?> p) {
      if (parameters.putIfAbsent(p.key().name(), p) != null) {
        throw new IllegalArgumentException("parameter defined twice: " + p.key());
      }
    }

    /**
     * Replaces the value of a parameter over the period of {@code value}: earlier values are cut
     * short, later ones kept after it ends.
     *
     * @param value the new dated, sourced value; never null
     * @param <T> the value type
     * @return this
     * @throws IllegalArgumentException when the catalog has no such parameter
     */
    public <T> Builder override(ParameterValue<T> value) {
      @SuppressWarnings("unchecked")
      Parameter<T> p = (Parameter<T>) parameters.get(value.key().name());
      if (p == null) {
        throw new IllegalArgumentException("no parameter " + value.key() + " to override");
      }
      parameters.put(p.key().name(), p.replacedFrom(value));
      return this;
    }

    /**
     * Replaces a parameter's whole timeline.
     *
     * @param parameter the parameter; never null
     * @return this
     * @throws IllegalArgumentException when the catalog has no such parameter
     */
    public Builder replace(Parameter<?> parameter) {
      if (!parameters.containsKey(parameter.key().name())) {
        throw new IllegalArgumentException("no parameter " + parameter.key() + " to replace");
      }
      parameters.put(parameter.key().name(), parameter);
      return this;
    }

    /**
     * Adds a program and its parameters.
     *
     * @param program the program; never null
     * @return this
     * @throws IllegalArgumentException when its code or a parameter name is taken
     */
    public Builder add(Program program) {
      for (Program p : programs) {
        if (p.info().code().equals(program.info().code())) {
          throw new IllegalArgumentException("program defined twice: " + program.info().code());
        }
      }
      programs.add(program);
      for (Parameter<?> p : program.sharedParameters()) {
        parameters.putIfAbsent(p.key().name(), p);
      }
      for (Parameter<?> p : program.parameters()) {
        putNew(p);
      }
      return this;
    }

    /**
     * Removes the program with {@code code} (its parameters stay, harmlessly).
     *
     * @param code the program's code; never null
     * @return this
     * @throws IllegalArgumentException when there is no such program
     */
    public Builder remove(String code) {
      if (!programs.removeIf(p -> p.info().code().equals(code))) {
        throw new IllegalArgumentException("no program " + code + " to remove");
      }
      return this;
    }

    /**
     * The catalog.
     *
     * @return the immutable catalog
     * @throws IllegalArgumentException when two of its programs declare extension facts of one
     *     name with different types
     */
    public Catalog build() {
      return new Catalog(name, programs, parameters);
    }
  }
}
