/** Exact amounts of rupiah ({@link id.bansos.core.money.Rupiah}); no floating point. */
package id.bansos.core.money;
