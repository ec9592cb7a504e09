/**
 * JMH benchmarks of the Bansos Jatim engine, a hand-coded floor to compare it with, a
 * deterministic generator of synthetic households, and a start-up probe. Not a library: nothing
 * here is published. See {@code docs/performance.md}.
 */
package id.bansos.bench;
