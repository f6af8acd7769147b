package io.wcshooks.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A user's {@code @WcsHook} method, checked.
 *
 * @param hook the hook it handles
 * @param owner the class that declares it
 * @param methodName its name
 * @param isStatic whether it is called on the class rather than an instance
 * @param arguments what to pass, in order
 * @param returns what it returns
 * @param deprecated whether calling it uses something deprecated: the method, or its class or one enclosing it
 */
public record HandlerModel(HookModel hook, ClassName owner, String methodName, boolean isStatic,
    List<Argument> arguments, Returns returns, boolean deprecated) {

  public HandlerModel {
    arguments = List.copyOf(arguments);
  }

  /** What a handler parameter receives. */
  public enum Argument {
    REQUEST,
    CONTEXT
  }

  /** What a handler returns, and so how it is answered. */
  public enum Returns {
    /** The echo of the request, changes included. */
    VOID,
    /** The echo of the returned request. */
    REQUEST,
    /** A HookResult: echo or 403. */
    RESULT
  }
}
