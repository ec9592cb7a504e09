/** Protection of clients (penerima manfaat) living in the province's UPT residential institutions. */
@NullMarked
package id.bansos.rules.program.upt;

import org.jspecify.annotations.NullMarked;
