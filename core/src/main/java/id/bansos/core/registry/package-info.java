/**
 * The national beneficiary registers (DTKS until early 2025, DTSEN from 2025) and their welfare
 * deciles ({@link id.bansos.core.registry.Desil}).
 */
@NullMarked
package id.bansos.core.registry;

import org.jspecify.annotations.NullMarked;
