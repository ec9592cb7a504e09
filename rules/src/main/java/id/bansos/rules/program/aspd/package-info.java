/** ASPD: the province's cash aid for people with a severe disability. */
@NullMarked
package id.bansos.rules.program.aspd;

import org.jspecify.annotations.NullMarked;
