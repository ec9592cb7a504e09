/**
 * KUBE (Kelompok Usaha Bersama): business capital for a group of poor families running a
 * productive business together. KUBE is assessed on a {@link
 * id.bansos.rules.program.kube.KubeGroup} with {@link
 * id.bansos.rules.program.kube.Kube#assess(id.bansos.rules.Catalog,
 * id.bansos.rules.program.kube.KubeGroup, java.time.LocalDate)}.
 */
package id.bansos.rules.program.kube;
