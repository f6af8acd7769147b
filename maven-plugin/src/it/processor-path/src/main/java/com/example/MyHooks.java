package com.example;

import com.example.wcs.Connect;
import io.wcshooks.api.HookResult;
import io.wcshooks.api.WcsHook;

public class MyHooks {
  @WcsHook
  public HookResult connect(Connect connect) {
    String token = connect.custom() == null ? null : connect.custom().path("token").asText(null);
    return "let-me-in".equals(token) ? HookResult.echo() : HookResult.forbid("Invalid token");
  }
}
