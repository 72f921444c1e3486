/**
 * E = K x A, effect is quality times acceptance (nl: Effect is Kwaliteit maal Acceptatie). The sources only name it,
 * as headings in the table of contents ({@code 000_003bca9ac70bd78f.txt:146-148}), with no scale, units or worked
 * numbers: everything here is our interpretation (SPEC §4.1). Both factors lie in [0, 1] and the effect is their
 * product, so a plan nobody accepts has no effect whatever its quality. The closest grounded idea is accepting a plan
 * "dat je misschien minder veilig vindt. Maar het is dan wel een plan waar iedereen achter staat"
 * ({@code 001_efdc3dbc7d93ff68.txt:36}).
 *
 * <p>Quality is supplied by the caller (a professional or safety judgement); acceptance is derived from the plan by a
 * replaceable {@link io.github.nieuweroute.effect.AcceptanceMeasure}.
 */
@RouteStyle
package io.github.nieuweroute.effect;

import io.github.nieuweroute.model.RouteStyle;
