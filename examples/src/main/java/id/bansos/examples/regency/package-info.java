/**
 * Extending for a regency, by example: {@link id.bansos.examples.regency.SidoarjoLansiaLahan} is
 * a made-up local program of Kabupaten Sidoarjo with a fact of its own ({@code landOwnedM2}),
 * declared with the library's public API only, and the regency's catalog derived from the
 * provincial one; {@link id.bansos.examples.regency.RegencyExample} assesses three families with
 * it. Nothing here is a real program or regulation.
 */
package id.bansos.examples.regency;
