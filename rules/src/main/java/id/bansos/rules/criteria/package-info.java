/**
 * Criteria shared by every program (exclusions, register and decile, covered regions, other aid,
 * alive on the date) and the value types of their parameters.
 */
@NullMarked
package id.bansos.rules.criteria;

import org.jspecify.annotations.NullMarked;
