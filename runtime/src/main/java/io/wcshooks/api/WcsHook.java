package io.wcshooks.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that handles one WCS REST hook. The wcs-hooks annotation processor checks the
 * method at compile time and generates the JAX-RS resource that calls it.
 *
 * <p>The method takes the hook's generated request type (e.g. {@code Connect}) and/or a
 * {@link HookContext}, in any order, and returns:
 *
 * <ul>
 *   <li>{@code void}: WCS gets the echo of the request, with whatever the handler changed on it;
 *   <li>the request type: WCS gets the echo of the returned request;
 *   <li>{@link HookResult}: echo, or 403 to forbid; only for hooks the spec lets a backend forbid
 *       (connect, direct and incoming invocations, and StreamKeepAliveEvent to stop a stream).
 * </ul>
 *
 * <pre>{@code
 * @WcsHook
 * public HookResult connect(Connect connect) {
 *   return tokens.isValid(connect.custom()) ? HookResult.echo() : HookResult.forbid("Invalid token");
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface WcsHook {
  /** The hook's wire name, exactly as WCS calls it ({@code "StreamStatusEvent"}); default: the method's name. */
  String value() default "";
}
