/** Implementation details of {@code core}; not exported, not part of the API. */
package id.bansos.core.internal;
