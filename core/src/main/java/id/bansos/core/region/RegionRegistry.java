package id.bansos.core.region;

import id.bansos.core.InvalidDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
 * META-INF/THIRD-PARTY.txt}). The codes are read on the first call to {@link #jawaTimur()},
 * which is all {@link #contains(RegionCode)} needs; the regions themselves (names, populations,
 * the lists and the name index) are read and checked once, on the first call of any other method,
 * so that an application that only assesses households does not wait for them. The registry is
 * immutable and safe to share between threads; lookups by code take constant time.
 *
 * <p>Methods taking a {@link RegionCode} throw {@link NullPointerException} for null. All
 * returned lists are unmodifiable and sorted by code.
 */
public final class RegionRegistry {

  private static final String WILAYAH = "jatim-wilayah.csv";
  private static final String PENDUDUK = "jatim-penduduk.csv";

  // Every code as a number (key()) in an open-addressing table (0 is an empty slot, linear
  // probing, at most half full): contains() usually reads one cache line, where the map follows
  // nodes scattered over the heap and a binary search over the sorted keys about fourteen (a
  // lookup for each household assessed). Made from the codes alone when the registry is first
  // asked for: an assessment needs only this, and building the regions as well took most of a
  // first assessment's time in a fresh JVM.
  private final long[] keys;

  private RegionRegistry(long[] keys) {
    this.keys = keys;
  }

  /** The regions, their indexes and names: loaded at the first call that needs more than codes. */
  private static final class Regions {
    private static final Comparator<Region> BY_CODE = Comparator.comparing(Region::code);

    private final Region province;
    private final Map<RegionCode, Region> byCode;
    private final List<Region> regencies;
    private final List<Region> districts;
    private final List<Region> villages;
    private volatile Map<String, List<Region>> byName;

    private Regions(List<Region> regions) {
      List<Region> sorted = regions;
      for (int i = 1; i < sorted.size(); i++) {
        if (sorted.get(i - 1).code().compareTo(sorted.get(i).code()) >= 0) {
          sorted = new ArrayList<>(regions);
          sorted.sort(BY_CODE);
          break;
        }
      }
      Map<RegionCode, Region> codes = new HashMap<>(sorted.size() * 4 / 3 + 1);
      List<Region> provinces = new ArrayList<>(1);
      List<Region> regs = new ArrayList<>(64);
      List<Region> dists = new ArrayList<>(1_024);
      List<Region> vills = new ArrayList<>(sorted.size());
      Region[] lastAt = new Region[RegionLevel.values().length];
      for (Region r : sorted) {
        if (codes.put(r.code(), r) != null) {
          throw corrupt(WILAYAH, "duplicate code " + r.code());
        }
        int level = r.level().ordinal();
        if (level > 0 && (lastAt[level - 1] == null
            || !r.code().isWithin(lastAt[level - 1].code()))) {
          throw corrupt(WILAYAH, "no parent for " + r.code());
        }
        lastAt[level] = r;
        switch (r.level()) {
          case PROVINCE -> provinces.add(r);
          case REGENCY -> regs.add(r);
          case DISTRICT -> dists.add(r);
          case VILLAGE -> vills.add(r);
        }
      }
      if (provinces.size() != 1) {
        throw corrupt(WILAYAH, "expected one province, found " + provinces.size());
      }
      this.province = provinces.get(0);
      this.byCode = Collections.unmodifiableMap(codes);
      this.regencies = List.copyOf(regs);
      this.districts = List.copyOf(dists);
      this.villages = List.copyOf(vills);
    }

    Map<String, List<Region>> byName() {
      Map<String, List<Region>> index = byName;
      if (index == null) {
        synchronized (this) {
          index = byName;
          if (index == null) {
            index = nameIndex();
            byName = index;
          }
        }
      }
      return index;
    }

    private Map<String, List<Region>> nameIndex() {
      Map<String, List<Region>> names = new HashMap<>(byCode.size() * 4 / 3 + 64);
      indexNames(names, List.of(province));
      indexNames(names, regencies);
      indexNames(names, districts);
      indexNames(names, villages);
      Map<String, List<Region>> frozen = new HashMap<>(names.size() * 4 / 3 + 1);
      names.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
      return Collections.unmodifiableMap(frozen);
    }
  }

  /** Adds regions in code order, so every list of the index stays sorted by code. */
  private static void indexNames(Map<String, List<Region>> names, List<Region> regions) {
    for (Region r : regions) {
      for (String key : nameKeys(r)) {
        names.computeIfAbsent(key, k -> new ArrayList<>(1)).add(r);
      }
    }
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

  /**
   * Strips, collapses each run of the white space that the regex {@code \\s} matches (space,
   * tab, line feed, vertical tab, form feed, carriage return) to one space, and lower-cases in
   * the root locale. A loop instead of a regex: this runs for every region name.
   */
  static String normalize(String name) {
    String s = name.strip();
    StringBuilder out = null;
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f'
          || c == '\r';
      if (space && (c != ' ' || inRun) && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i - (inRun ? 1 : 0));
        if (inRun) {
          out.append(' ');
        }
      }
      if (out != null) {
        if (space) {
          if (!inRun) {
            out.append(' ');
          }
        } else {
          out.append(c);
        }
      }
      inRun = space;
    }
    return (out == null ? s : out.toString()).toLowerCase(Locale.ROOT);
  }

  // Made at the first call, each under a lock: a bundled file found corrupt fails that call and
  // every later one with the same IllegalStateException (a holder class would fail the first
  // with ExceptionInInitializerError and the others with NoClassDefFoundError).
  private static volatile RegionRegistry jawaTimur;
  private volatile Regions regions;

  /** The regions, loaded and checked at the first call that needs them. */
  private Regions regions() {
    Regions r = regions;
    if (r == null) {
      synchronized (this) {
        r = regions;
        if (r == null) {
          r = load();
          regions = r;
        }
      }
    }
    return r;
  }

  /**
   * The table of every code's key, read from the codes alone: a first assessment needs no more,
   * and in a fresh JVM this scan of the bytes takes a fraction of what parsing the regions does.
   * Each code is checked for its shape here; the rest of each line when the regions are loaded.
   */
  static long[] codes(byte[] text) {
    Latin1 chars = new Latin1(text);
    long[] found = new long[9_216];
    int n = 0;
    int line = 1;
    int pos = lineAfter(text, text.length >= 3 && (text[0] & 0xFF) == 0xEF
        && (text[1] & 0xFF) == 0xBB && (text[2] & 0xFF) == 0xBF ? 3 : 0);
    while (pos < text.length) {
      line++;
      int end = pos;
      while (end < text.length && text[end] != '\n') {
        end++;
      }
      int start = pos;
      pos = end + 1;
      int comma = start;
      boolean ascii = true;
      while (comma < end && text[comma] != ',') {
        ascii &= text[comma] >= 0;
        comma++;
      }
      // The code cell stripped as the regions' reader strips it (its characters, decoded when
      // not ASCII), then read by the rules that reader's parseBundled applies (keyOf):
      // whatever code this table holds, the regions hold too.
      CharSequence cell = chars;
      int a = start;
      int b = comma;
      if (!ascii) {
        cell = new String(text, start, comma - start, StandardCharsets.UTF_8);
        a = 0;
        b = cell.length();
      }
      while (a < b && Character.isWhitespace(cell.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(cell.charAt(b - 1))) {
        b--;
      }
      if (comma == end) {
        if (a == b) {
          continue; // a blank line
        }
        throw corrupt(WILAYAH, "expected 3 columns in line " + line);
      }
      long key = RegionCode.keyOf(cell, a, b);
      if (key < 0) {
        throw corrupt(WILAYAH, "bad region code on line " + line);
      }
      if (n == found.length) {
        found = Arrays.copyOf(found, n * 2);
      }
      found[n++] = key;
    }
    long[] table = new long[Integer.highestOneBit(Math.max(1, n) * 2 - 1) << 1];
    for (int i = 0; i < n; i++) {
      long key = found[i];
      int at = slot(key, table.length);
      while (table[at] != 0) {
        if (table[at] == key) {
          throw corrupt(WILAYAH, "duplicate code " + key / 16);
        }
        at = (at + 1) & (table.length - 1);
      }
      table[at] = key;
    }
    return table;
  }

  /** Where the line after the one {@code at} is on starts. */
  private static int lineAfter(byte[] text, int at) {
    int i = at;
    while (i < text.length && text[i] != '\n') {
      i++;
    }
    return i + 1;
  }

  /** Bytes read as the characters of ISO-8859-1: a code's text without decoding the file. */
  private static final class Latin1 implements CharSequence {
    private final byte[] bytes;

    Latin1(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int length() {
      return bytes.length;
    }

    @Override
    public char charAt(int index) {
      return (char) (bytes[index] & 0xFF);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = RegionRegistry.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  /**
   * The registry of Jawa Timur, read from the resources of this jar on first use.
   *
   * @return the shared instance; never null
   * @throws IllegalStateException if the bundled data are missing or corrupt (a packaging error)
   */
  public static RegionRegistry jawaTimur() {
    RegionRegistry r = jawaTimur;
    if (r == null) {
      synchronized (RegionRegistry.class) {
        r = jawaTimur;
        if (r == null) {
          r = new RegionRegistry(codes(resource(WILAYAH)));
          jawaTimur = r;
        }
      }
    }
    return r;
  }

  private static Regions load() {
    Map<RegionCode, Population> populations = new HashMap<>(64);
    Csv pop = new Csv(PENDUDUK, "code,male,female,total", 4);
    while (pop.next()) {
      RegionCode code = pop.code(0);
      Population p;
      try {
        p = new Population(pop.longAt(1), pop.longAt(2), pop.longAt(3));
      } catch (IllegalArgumentException e) {
        throw corrupt(PENDUDUK, "bad counts for " + code);
      }
      if (code.level().compareTo(RegionLevel.REGENCY) > 0 || populations.put(code, p) != null) {
        throw corrupt(PENDUDUK, "unexpected or duplicate code " + code);
      }
    }
    List<Region> regions = new ArrayList<>(9_216);
    Csv wilayah = new Csv(WILAYAH, "code,level,name", 3);
    while (wilayah.next()) {
      RegionCode code = wilayah.code(0);
      if (!wilayah.is(1, levelName(code.level()))) {
        throw corrupt(WILAYAH, "level " + wilayah.column(1) + " does not match code " + code);
      }
      String name = wilayah.column(2);
      if (name.isEmpty()) {
        throw corrupt(WILAYAH, "empty name for " + code);
      }
      regions.add(new Region(code, name, populations.isEmpty() ? null : populations.remove(code)));
    }
    if (!populations.isEmpty()) {
      throw corrupt(PENDUDUK, "population for unknown codes " + populations.keySet());
    }
    return new Regions(regions);
  }

  private static String levelName(RegionLevel level) {
    return switch (level) {
      case PROVINCE -> "provinsi";
      case REGENCY -> "kabupaten_kota";
      case DISTRICT -> "kecamatan";
      case VILLAGE -> "desa_kelurahan";
    };
  }

  /**
   * A bundled CSV without quoting, read whole and walked row by row with column bounds, so a
   * row costs no garbage beyond the strings kept: the last column may contain commas, blank
   * lines are skipped, and every column is stripped.
   */
  private static final class Csv {
    private final String resource;
    private final String text;
    private final int columns;
    private final int[] from;
    private final int[] to;
    private int pos;
    private int line = 1;

    Csv(String resource, String header, int columns) {
      this.resource = resource;
      this.columns = columns;
      this.from = new int[columns];
      this.to = new int[columns];
      this.text = new String(resource(resource), StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        pos = 1;
      }
      int end = lineEnd();
      if (pos >= text.length() || !text.substring(pos, end).strip().equals(header)) {
        throw corrupt(resource, "header is not " + header);
      }
      pos = nextLine(end);
    }

    /** Moves to the next non-blank row; false at the end. */
    boolean next() {
      while (pos < text.length()) {
        int end = lineEnd();
        int start = pos;
        line++;
        pos = nextLine(end);
        if (isBlank(start, end)) {
          continue;
        }
        int c = start;
        for (int i = 0; i < columns; i++) {
          int comma = i == columns - 1 ? -1 : text.indexOf(',', c);
          int stop = comma < 0 || comma > end ? end : comma;
          if (i < columns - 1 && stop == end) {
            throw corrupt(resource, "expected " + columns + " columns in line " + line);
          }
          int a = c;
          int b = stop;
          while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
          }
          while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
          }
          from[i] = a;
          to[i] = b;
          c = stop + 1;
        }
        return true;
      }
      return false;
    }

    String column(int i) {
      return text.substring(from[i], to[i]);
    }

    boolean is(int i, String expected) {
      return to[i] - from[i] == expected.length()
          && text.regionMatches(from[i], expected, 0, expected.length());
    }

    long longAt(int i) {
      return Long.parseLong(text, from[i], to[i], 10);
    }

    RegionCode code(int i) {
      RegionCode code = RegionCode.parseBundled(text, from[i], to[i]);
      if (code == null) {
        throw corrupt(resource, "bad region code " + column(i));
      }
      return code;
    }

    private int lineEnd() {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      return end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    private int nextLine(int end) {
      int nl = text.indexOf('\n', end);
      return nl < 0 ? text.length() : nl + 1;
    }

    private boolean isBlank(int start, int end) {
      for (int i = start; i < end; i++) {
        if (!Character.isWhitespace(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }
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
    return Optional.ofNullable(regions().byCode.get(code));
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
    Region region = regions().byCode.get(code);
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
    long key = key(code);
    long[] table = keys;
    int at = slot(key, table.length);
    for (long k = table[at]; k != 0; k = table[at]) {
      if (k == key) {
        return true;
      }
      at = (at + 1) & (table.length - 1);
    }
    return false;
  }

  /** Where {@code key}'s probe starts in a table of {@code size} slots, a power of two. */
  private static int slot(long key, int size) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(size)));
  }

  /**
   * A code as one number, distinct for every code and never 0: its digits, then how many there
   * are; the number {@link RegionCode#keyOf} gives for its text, worked out here from its digits
   * alone, since every assessment asks.
   */
  private static long key(RegionCode code) {
    String digits = code.digits();
    long value = 0;
    for (int i = 0; i < digits.length(); i++) {
      value = value * 10 + (digits.charAt(i) - '0');
    }
    return value * 16 + digits.length();
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
    return get(code).code().parent().map(regions().byCode::get);
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
    Regions all = regions();
    List<Region> level = switch (code.level()) {
      case PROVINCE -> all.regencies;
      case REGENCY -> all.districts;
      case DISTRICT -> all.villages;
      case VILLAGE -> List.of();
    };
    // Sorted by code, the children are the run of the next level that starts where the parent's
    // own code would be inserted.
    int lo = 0;
    int hi = level.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (level.get(mid).code().compareTo(code) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int end = lo;
    while (end < level.size() && level.get(end).code().isWithin(code)) {
      end++;
    }
    return level.subList(lo, end);
  }

  /**
   * The province, Jawa Timur ({@code 35}).
   *
   * @return the province; never null
   */
  public Region province() {
    return regions().province;
  }

  /**
   * All 38 kabupaten and kota: 29 kabupaten ({@code 35.01}–{@code 35.29}) and 9 kota ({@code
   * 35.71}–{@code 35.79}).
   *
   * @return the regencies sorted by code; never null
   */
  public List<Region> regencies() {
    return regions().regencies;
  }

  /**
   * All kecamatan.
   *
   * @return the districts sorted by code; never null
   */
  public List<Region> districts() {
    return regions().districts;
  }

  /**
   * All desa and kelurahan.
   *
   * @return the villages sorted by code; never null
   */
  public List<Region> villages() {
    return regions().villages;
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
    return regions().byName().getOrDefault(normalize(name), List.of());
  }
}
