package io.wcshooks.runtime.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.api.HookRequest;

/** A hand-written stand-in for the generated {@code connect} request type. */
public final class TestConnect extends HookRequest {
  public TestConnect(ObjectNode json) {
    super(json);
  }

  public String sipLogin() {
    return stringField("sipLogin");
  }

  public TestConnect sipLogin(String value) {
    setString("sipLogin", value);
    return this;
  }

  public Boolean hasVideo() {
    return booleanField("hasVideo");
  }

  public Integer sipPort() {
    return integerField("sipPort");
  }

  /** As generated: the spec marks sipPassword as a credential. */
  @Override
  public String toString() {
    return toStringHiding("sipPassword");
  }
}
