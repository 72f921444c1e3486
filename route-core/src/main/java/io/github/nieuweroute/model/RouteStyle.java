package io.github.nieuweroute.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library: generated implementations are package-private, so the public API never
 * names {@code Immutable*}; collections are plain JDK collections; a builder with a required attribute unset throws
 * {@link IncompleteValueException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    depluralize = true,
    allowedClasspathAnnotations = {org.immutables.value.Generated.class},
    throwForInvalidImmutableState = IncompleteValueException.class,
    defaults = @Value.Immutable(copy = false))
public @interface RouteStyle {}
