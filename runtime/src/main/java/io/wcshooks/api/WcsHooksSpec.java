package io.wcshooks.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tells the annotation processor, on a {@code package-info.java}, to generate the hooks into that
 * package from this spec. The wcs-hooks Maven plugin writes it (you rarely write it by hand): it
 * rewrites the file exactly when the spec's bytes change, and a changed source file is what makes
 * Maven recompile, and so regenerate, after an edit to the spec alone.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.PACKAGE)
public @interface WcsHooksSpec {
  /** The spec file's absolute path; empty for the spec bundled with the processor. */
  String path() default "";

  /**
   * The SHA-256 of the spec file's bytes, in hex: the spec the plugin checked. A file that no longer
   * has it is a compile error on the marker (it changed after the plugin ran); empty, the file is
   * taken as it is.
   */
  String sha256() default "";
}
