/** The 2023 provincial business-capital aid for extremely poor households. */
@NullMarked
package id.bansos.rules.program.extremepoverty;

import org.jspecify.annotations.NullMarked;
