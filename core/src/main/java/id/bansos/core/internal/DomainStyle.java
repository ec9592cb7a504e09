package id.bansos.core.internal;

import id.bansos.core.InvalidDataException;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project's value types: accessors without {@code get}, builders
 * through {@code builder()}, copies through {@code withX}, and missing required values reported as
 * {@link InvalidDataException}. Compile-time only; nothing of Immutables is needed at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    init = "*",
    with = "with*",
    builder = "builder",
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    throwForInvalidImmutableState = InvalidDataException.class,
    optionalAcceptNullable = false,
    jdkOnly = true,
    // No @Generated on generated classes: users compiling against core would get warnings for
    // an annotation that is not on their class path.
    allowedClasspathAnnotations = {Override.class},
    privateNoargConstructor = false,
    allParameters = false,
    defaults = @Value.Immutable(copy = true, prehash = false))
public @interface DomainStyle {}
