/** PKH Plus: the province's top-up for members aged 70+ of national PKH families. */
@NullMarked
package id.bansos.rules.program.pkhplus;

import org.jspecify.annotations.NullMarked;
