package io.wcshooks.runtime.failure;

/**
 * The four types of WCS REST methods (seed 004), as generated code passes them to the runtime. The
 * kind decides what a failing handler answers by default: see {@link HandlerPolicy}.
 */
public enum HookKind {
  /** {@code connect}: a non-200 declines the connection. Fails closed by default. */
  CONNECT,
  /** An action the client asked for (publishStream, call, ...). Fails closed by default. */
  DIRECT,
  /** A notification of something that already happened. Fails open (the echo) by default. */
  EVENT,
  /** A call, message or transfer arriving from the SIP side. Fails closed by default. */
  INCOMING;

  /** Whether a handler failure answers the echo (200) unless configured otherwise: events only. */
  public boolean failsOpenByDefault() {
    return this == EVENT;
  }
}
