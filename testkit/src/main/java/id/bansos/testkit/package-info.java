/**
 * The Bansos Jatim test kit, for anyone who tests program rules (the province, a kabupaten/kota
 * with a derived catalog, a team embedding the engine). Add {@code bansos-testkit} in test scope.
 *
 * <ul>
 *   <li>{@link id.bansos.testkit.BansosGen}: QuickTheories generators of valid NIKs, village
 *       codes, people and whole, internally consistent households, built from the domain's own
 *       builders (never by filtering), with knobs such as "a member aged exactly 70 on this date";
 *   <li>{@link id.bansos.testkit.Boundaries}: the values on and next to every threshold of a
 *       catalog on a date, so property tests probe exactly the edges;
 *   <li>{@link id.bansos.testkit.BansosAssertions}: AssertJ assertions on assessments whose
 *       failure messages show the engine's reasons without personal data;
 *   <li>{@link id.bansos.testkit.RuleLaws}: the laws every catalog must keep (determinism,
 *       member-order independence, status consistent with criteria, exclusion and desil
 *       monotonicity), checked in one line.
 * </ul>
 */
@NullMarked
package id.bansos.testkit;

import org.jspecify.annotations.NullMarked;
