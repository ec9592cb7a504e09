package id.bansos.jackson2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Fixes the field order of {@link id.bansos.rules.param.Source}, which {@code rules} cannot
 * annotate because it knows nothing of JSON.
 */
@JsonPropertyOrder({"title", "address"})
abstract class SourceMixIn {

  private SourceMixIn() {}
}
