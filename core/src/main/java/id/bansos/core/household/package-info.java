/**
 * People and households: {@link id.bansos.core.household.Person} and {@link
 * id.bansos.core.household.Household} (one Kartu Keluarga) with every fact the programs read.
 * Absent facts mean unknown, never "no".
 */
@NullMarked
package id.bansos.core.household;

import org.jspecify.annotations.NullMarked;
