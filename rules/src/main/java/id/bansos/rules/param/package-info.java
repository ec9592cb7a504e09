/**
 * Parameters: every number, bound, amount, schedule and region list of a program is a timeline of
 * dated values, each with its sources and a confidence.
 */
@NullMarked
package id.bansos.rules.param;

import org.jspecify.annotations.NullMarked;
