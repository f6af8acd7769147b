package com.example.hooks;

import io.wcshooks.api.WcsHook;
import io.wcshooks.hooks.StreamSnapshotEvent;

/** Written after the spec gained StreamSnapshotEvent. */
public class SnapshotHooks {
  @WcsHook("StreamSnapshotEvent")
  public void snapshot(StreamSnapshotEvent event) {
    event.put("archivedAs", "archive/" + event.name() + ".png");
  }
}
