/**
 * Kemendagri region codes ({@link id.bansos.core.region.RegionCode}) and the registry of every
 * region of Jawa Timur (the {@code RegionRegistry}), shipped with the jar.
 */
package id.bansos.core.region;
