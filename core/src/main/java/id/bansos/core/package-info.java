/**
 * The domain model of Bansos Jatim: the failure type shared by every module ({@link
 * id.bansos.core.InvalidDataException}) and, in sub-packages, identifiers, regions, money, people
 * and households. Nothing here reads the system clock, the default locale or the default time
 * zone.
 */
@NullMarked
package id.bansos.core;

import org.jspecify.annotations.NullMarked;
