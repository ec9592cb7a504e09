/** Reports generated from a catalog, such as the Markdown reference of every program and parameter. */
@NullMarked
package id.bansos.rules.report;

import org.jspecify.annotations.NullMarked;
