package id.bansos.core.region;

import id.bansos.core.InvalidDataException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every region of Jawa Timur (province {@code 35}) by its Kemendagri code: 1 province, 38
 * kabupaten/kota, 666 kecamatan and 8,494 desa/kelurahan, following Kepmendagri No
 * 300.2.2-2138 Tahun 2025, with the population of each kabupaten/kota.
 *
 * <p>The data ship inside the jar (from the MIT-licensed {@code cahyadsn/wilayah}; see {@code
 * META-INF/THIRD-PARTY.txt}) and are read once, on the first call to {@link #jawaTimur()}. The
 * registry is immutable and safe to share between threads; lookups by code take constant time.
 *
 * <p>Methods taking a {@link RegionCode} throw {@link NullPointerException} for null. All
 * returned lists are unmodifiable and sorted by code.
 */
public final class RegionRegistry {

  private static final String WILAYAH = "jatim-wilayah.csv";
  private static final String PENDUDUK = "jatim-penduduk.csv";
  private static final Comparator<Region> BY_CODE = Comparator.comparing(Region::code);

  private final Region province;
  private final Map<RegionCode, Region> byCode;
  private final Map<RegionCode, List<Region>> children;
  private final Map<String, List<Region>> byName;
  private final List<Region> regencies;
  private final List<Region> districts;
  private final List<Region> villages;

  private RegionRegistry(List<Region> regions) {
    List<Region> sorted = new ArrayList<>(regions);
    sorted.sort(BY_CODE);
    Map<RegionCode, Region> codes = new HashMap<>(sorted.size() * 4 / 3 + 1);
    Map<RegionCode, List<Region>> kids = new HashMap<>();
    Map<String, List<Region>> names = new HashMap<>();
    List<Region> provinces = new ArrayList<>();
    List<Region> regs = new ArrayList<>();
    List<Region> dists = new ArrayList<>();
    List<Region> vills = new ArrayList<>();
    for (Region r : sorted) {
      if (codes.put(r.code(), r) != null) {
        throw corrupt(WILAYAH, "duplicate code " + r.code());
      }
      switch (r.level()) {
        case PROVINCE -> provinces.add(r);
        case REGENCY -> regs.add(r);
        case DISTRICT -> dists.add(r);
        case VILLAGE -> vills.add(r);
      }
      for (String key : nameKeys(r)) {
        names.computeIfAbsent(key, k -> new ArrayList<>(1)).add(r);
      }
    }
    for (Region r : sorted) {
      Optional<RegionCode> parent = r.code().parent();
      if (parent.isPresent()) {
        if (!codes.containsKey(parent.get())) {
          throw corrupt(WILAYAH, "no parent for " + r.code());
        }
        kids.computeIfAbsent(parent.get(), k -> new ArrayList<>()).add(r);
      }
    }
    if (provinces.size() != 1) {
      throw corrupt(WILAYAH, "expected one province, found " + provinces.size());
    }
    this.province = provinces.get(0);
    this.byCode = Map.copyOf(codes);
    this.children = freeze(kids);
    this.byName = freeze(names);
    this.regencies = List.copyOf(regs);
    this.districts = List.copyOf(dists);
    this.villages = List.copyOf(vills);
  }

  private static <K> Map<K, List<Region>> freeze(Map<K, List<Region>> map) {
    Map<K, List<Region>> frozen = new HashMap<>(map.size() * 4 / 3 + 1);
    map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return Map.copyOf(frozen);
  }

  /**
   * The keys under which {@link #findByName(String)} finds a region: its full name, and for a
   * kabupaten/kota also the name without the "Kabupaten "/"Kota " prefix.
   */
  private static List<String> nameKeys(Region r) {
    String full = normalize(r.name());
    if (r.level() == RegionLevel.REGENCY) {
      for (String prefix : new String[] {"kabupaten ", "kota "}) {
        if (full.startsWith(prefix) && full.length() > prefix.length()) {
          return List.of(full, full.substring(prefix.length()).strip());
        }
      }
    }
    return List.of(full);
  }

  private static String normalize(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Lazy, thread-safe initialisation: the JVM loads the holder class on first use only. */
  private static final class Holder {
    static final RegionRegistry JAWA_TIMUR = load();
  }

  /**
   * The registry of Jawa Timur, read from the resources of this jar on first use.
   *
   * @return the shared instance; never null
   * @throws IllegalStateException if the bundled data are missing or corrupt (a packaging error)
   */
  public static RegionRegistry jawaTimur() {
    return Holder.JAWA_TIMUR;
  }

  private static RegionRegistry load() {
    Map<RegionCode, Population> populations = new HashMap<>();
    for (String[] row : readCsv(PENDUDUK, "code,male,female,total", 4)) {
      RegionCode code = parseCode(PENDUDUK, row[0]);
      Population p;
      try {
        p = new Population(Long.parseLong(row[1]), Long.parseLong(row[2]), Long.parseLong(row[3]));
      } catch (IllegalArgumentException e) {
        throw corrupt(PENDUDUK, "bad counts for " + code);
      }
      if (code.level().compareTo(RegionLevel.REGENCY) > 0 || populations.put(code, p) != null) {
        throw corrupt(PENDUDUK, "unexpected or duplicate code " + code);
      }
    }
    List<Region> regions = new ArrayList<>(9_200);
    for (String[] row : readCsv(WILAYAH, "code,level,name", 3)) {
      RegionCode code = parseCode(WILAYAH, row[0]);
      if (!levelName(code.level()).equals(row[1])) {
        throw corrupt(WILAYAH, "level " + row[1] + " does not match code " + code);
      }
      String name = row[2].strip();
      if (name.isEmpty()) {
        throw corrupt(WILAYAH, "empty name for " + code);
      }
      regions.add(new Region(code, name, populations.remove(code)));
    }
    if (!populations.isEmpty()) {
      throw corrupt(PENDUDUK, "population for unknown codes " + populations.keySet());
    }
    return new RegionRegistry(regions);
  }

  private static String levelName(RegionLevel level) {
    return switch (level) {
      case PROVINCE -> "provinsi";
      case REGENCY -> "kabupaten_kota";
      case DISTRICT -> "kecamatan";
      case VILLAGE -> "desa_kelurahan";
    };
  }

  private static RegionCode parseCode(String resource, String text) {
    try {
      return RegionCode.parse(text);
    } catch (InvalidDataException e) {
      throw corrupt(resource, "bad region code " + text);
    }
  }

  /** Reads a bundled CSV without quoting; the last column may contain commas. */
  private static List<String[]> readCsv(String resource, String header, int columns) {
    InputStream in = RegionRegistry.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("resource " + resource + " is missing from the jar");
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String first = reader.readLine();
      if (first != null && first.startsWith("\uFEFF")) {
        first = first.substring(1);
      }
      if (first == null || !first.strip().equals(header)) {
        throw corrupt(resource, "header is not " + header);
      }
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] row = line.split(",", columns);
        if (row.length != columns) {
          throw corrupt(resource, "expected " + columns + " columns in line " + (rows.size() + 2));
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
    return rows;
  }

  private static IllegalStateException corrupt(String resource, String detail) {
    return new IllegalStateException("bundled " + resource + " is corrupt: " + detail);
  }

  /**
   * The region with this code, if the registry has it.
   *
   * @param code the code; never null
   * @return the region, or empty when the code is well formed but not a region of Jawa Timur
   */
  public Optional<Region> find(RegionCode code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The region with this code.
   *
   * @param code the code; never null
   * @return the region; never null
   * @throws InvalidDataException with code {@code REGION_UNKNOWN} and path {@code ""} when the
   *     registry has no region with this code
   */
  public Region get(RegionCode code) {
    Objects.requireNonNull(code, "code");
    Region region = byCode.get(code);
    if (region == null) {
      throw new InvalidDataException("", "REGION_UNKNOWN",
          "no region of Jawa Timur has code " + code);
    }
    return region;
  }

  /**
   * Whether the registry has a region with this code.
   *
   * @param code the code; never null
   * @return true when {@link #find(RegionCode)} would find it
   */
  public boolean contains(RegionCode code) {
    Objects.requireNonNull(code, "code");
    return byCode.containsKey(code);
  }

  /**
   * The region one level up from the region with this code.
   *
   * @param code the code of a known region; never null
   * @return the enclosing region; empty for the province
   * @throws InvalidDataException with code {@code REGION_UNKNOWN} when the code is not in the
   *     registry
   */
  public Optional<Region> parent(RegionCode code) {
    return get(code).code().parent().map(byCode::get);
  }

  /**
   * The regions directly below the region with this code: the kabupaten/kota of the province,
   * the kecamatan of a kabupaten/kota, or the desa/kelurahan of a kecamatan.
   *
   * @param code the code of a known region; never null
   * @return the children sorted by code; empty for a desa/kelurahan
   * @throws InvalidDataException with code {@code REGION_UNKNOWN} when the code is not in the
   *     registry
   */
  public List<Region> children(RegionCode code) {
    get(code);
    return children.getOrDefault(code, List.of());
  }

  /**
   * The province, Jawa Timur ({@code 35}).
   *
   * @return the province; never null
   */
  public Region province() {
    return province;
  }

  /**
   * All 38 kabupaten and kota: 29 kabupaten ({@code 35.01}–{@code 35.29}) and 9 kota ({@code
   * 35.71}–{@code 35.79}).
   *
   * @return the regencies sorted by code; never null
   */
  public List<Region> regencies() {
    return regencies;
  }

  /**
   * All kecamatan.
   *
   * @return the districts sorted by code; never null
   */
  public List<Region> districts() {
    return districts;
  }

  /**
   * All desa and kelurahan.
   *
   * @return the villages sorted by code; never null
   */
  public List<Region> villages() {
    return villages;
  }

  /**
   * The registered population of the province or of a kabupaten/kota.
   *
   * @param code the code of a known region; never null
   * @return the population; empty for a kecamatan or village
   * @throws InvalidDataException with code {@code REGION_UNKNOWN} when the code is not in the
   *     registry
   */
  public Optional<Population> population(RegionCode code) {
    return get(code).population();
  }

  /**
   * Every region with this name, at any level. Matching ignores case (independently of the
   * default locale), surrounding white space and repeated inner spaces. A kabupaten or kota is
   * found by its full name or by the name without its prefix: {@code "Kediri"} finds both
   * Kabupaten Kediri ({@code 35.06}) and Kota Kediri ({@code 35.71}), and any kecamatan or
   * village of that name.
   *
   * @param name the name to look for; never null
   * @return the matches sorted by code; empty when none
   */
  public List<Region> findByName(String name) {
    Objects.requireNonNull(name, "name");
    return byName.getOrDefault(normalize(name), List.of());
  }
}
