package com.example.hooks;

import com.example.wcs.Connect;
import io.wcshooks.api.HookResult;
import io.wcshooks.api.WcsHook;

public class Hooks {
  @WcsHook
  public HookResult connect(Connect connect) {
    return connect.custom() == null ? HookResult.forbid("Missing token") : HookResult.echo();
  }
}
