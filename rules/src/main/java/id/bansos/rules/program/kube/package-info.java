/**
 * KUBE (Kelompok Usaha Bersama): business capital for a group of poor families running a
 * productive business together. KUBE is a group program, decided for a {@link
 * id.bansos.rules.Group} with {@link id.bansos.rules.Engine#assess(id.bansos.rules.Group,
 * java.time.LocalDate)}.
 */
@NullMarked
package id.bansos.rules.program.kube;

import org.jspecify.annotations.NullMarked;
