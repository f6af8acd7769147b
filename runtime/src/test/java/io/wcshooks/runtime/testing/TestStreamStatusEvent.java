package io.wcshooks.runtime.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.api.HookRequest;

/** A hand-written stand-in for the generated {@code StreamStatusEvent} request type. */
public final class TestStreamStatusEvent extends HookRequest {
  public TestStreamStatusEvent(ObjectNode json) {
    super(json);
  }

  public String name() {
    return stringField("name");
  }

  public TestStreamStatusEvent name(String value) {
    setString("name", value);
    return this;
  }

  public String status() {
    return stringField("status");
  }

  public Boolean hasAudio() {
    return booleanField("hasAudio");
  }
}
