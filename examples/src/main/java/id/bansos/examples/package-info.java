/**
 * Runnable programs that show the library embedded: {@link id.bansos.examples.QuickStart} (three
 * households assessed and explained); {@code id.bansos.examples.regency} shows a regency's local
 * program with a fact of its own and its derived catalog. Batch screening, sample data and the
 * HTTP service are the {@code bansos} command line (module {@code cli}). Nothing here prints a
 * NIK, a No. KK or a name to the console.
 */
package id.bansos.examples;
