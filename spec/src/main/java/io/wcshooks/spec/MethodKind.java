package io.wcshooks.spec;

import java.util.Locale;

/** The four types of REST methods (seed 004), which decide what a backend's answer may do. */
public enum MethodKind {
  /** {@code connect}: decides the session and returns its restClientConfig. */
  CONNECT,
  /** An action the client asked for (call, publishStream, ...): runs after the backend answers. */
  DIRECT,
  /** A notification of something that already happened. */
  EVENT,
  /** Something arriving from the SIP side (OnCallEvent, OnMessageEvent, OnTransferEvent). */
  INCOMING;

  /** The spelling used in the spec file. */
  public String specName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static MethodKind fromSpecName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
