/**
 * The eligibility engine: {@link id.bansos.rules.Engine} assesses a household against a {@link
 * id.bansos.rules.Catalog} as of a date and returns an {@link id.bansos.rules.Assessment} with one
 * explained {@link id.bansos.rules.Determination} per program in force.
 */
@NullMarked
package id.bansos.rules;

import org.jspecify.annotations.NullMarked;
