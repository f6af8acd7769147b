package io.wcshooks.sample;

import io.wcshooks.api.HookContext;
import io.wcshooks.api.HookResult;
import io.wcshooks.api.WcsHook;
import io.wcshooks.hooks.Call;
import io.wcshooks.hooks.CallStatusEvent;
import io.wcshooks.hooks.OnCallEvent;

/** Click-to-call: the caller is always the server's SIP account, never what the browser claims. */
public class CallHooks {
  private final Sessions sessions;
  private final SampleConfig.SipAccount sip;
  private final AuditLog audit;

  public CallHooks(Sessions sessions, SampleConfig.SipAccount sip, AuditLog audit) {
    this.sessions = sessions;
    this.sip = sip;
    this.audit = audit;
  }

  @WcsHook
  public HookResult call(Call call, HookContext context) {
    if (sessions.user(call.sessionId()).isEmpty()) {
      audit.event(context).with("callee", call.callee()).with("refused", "Not connected").write();
      return HookResult.forbid("Not connected");
    }
    call.caller(sip.login());
    audit.event(context)
        .with("user", sessions.user(call.sessionId()).orElse(null))
        .with("callId", call.callId())
        .with("callee", call.callee())
        .write();
    return HookResult.echo();
  }

  @WcsHook("CallStatusEvent")
  public void callStatus(CallStatusEvent event, HookContext context) {
    audit.event(context)
        .with("callId", event.callId())
        .with("status", event.status())
        .with("sipStatus", event.sipStatus())
        .with("info", event.info())
        .write();
  }

  @WcsHook("OnCallEvent")
  public void incomingCall(OnCallEvent event, HookContext context) {
    audit.event(context)
        .with("callId", event.callId())
        .with("caller", event.caller())
        .write();
  }
}
