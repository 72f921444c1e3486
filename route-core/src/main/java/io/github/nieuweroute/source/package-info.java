/**
 * Where the library's claims come from (nl: herkomst): every rule, route reason, acceptance measure, simulation
 * mechanism and simulation parameter carries a {@link io.github.nieuweroute.source.Provenance} that says whether
 * Siegers states it in words, whether it is our interpretation of a heading she only names, whether it comes from
 * another source (Buiting, the K2 report, the professionals' tips in the interview), or whether it is our assumption;
 * and the source lines it rests on ({@code file:line} into the Dutch source texts).
 *
 * <p>This package depends on nothing else in the library but {@code internal}, so every other package can use it. It
 * therefore has its own Immutables style, the library's {@link io.github.nieuweroute.model.RouteStyle} but for the
 * exception a builder with a required attribute unset throws: {@link InvalidProvenanceException}, not the model's.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    depluralize = true,
    allowedClasspathAnnotations = {org.immutables.value.Generated.class},
    throwForInvalidImmutableState = InvalidProvenanceException.class,
    defaults = @Value.Immutable(copy = false))
package io.github.nieuweroute.source;

import org.immutables.value.Value;
