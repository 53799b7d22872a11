package io.talentatlas.deploy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs a check once per overlay; the method takes the overlay name and renders it with
 * {@link Overlays#rendered(String)}, which skips the check, with the reason, when kubectl is missing.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@ValueSource(strings = {"dev", "prod"})
@interface EachOverlay {
}
