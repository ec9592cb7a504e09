/**
 * Kemendagri region codes ({@link id.bansos.core.region.RegionCode}) and the registry of every
 * region of Jawa Timur ({@link id.bansos.core.region.RegionRegistry}), shipped with the jar.
 */
@NullMarked
package id.bansos.core.region;

import org.jspecify.annotations.NullMarked;
