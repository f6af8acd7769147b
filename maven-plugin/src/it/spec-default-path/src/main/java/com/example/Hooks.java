package com.example;

import io.wcshooks.api.HookResult;
import io.wcshooks.api.WcsHook;
import io.wcshooks.hooks.Connect;

public class Hooks {
  @WcsHook
  public HookResult connect(Connect connect) {
    return connect.custom() == null ? HookResult.forbid("Missing token") : HookResult.echo();
  }
}
