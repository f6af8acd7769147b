package io.wcshooks.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.hooks.FindRequest;
import io.wcshooks.hooks.InjectStreamRequest;
import io.wcshooks.hooks.SendDtmfRequest;
import io.wcshooks.hooks.StartupRequest;
import io.wcshooks.hooks.TerminateRequest;
import io.wcshooks.hooks.WcsCall;
import io.wcshooks.hooks.WcsRestClient;
import io.wcshooks.runtime.client.WcsRestConflictException;
import io.wcshooks.runtime.client.WcsRestException;
import io.wcshooks.runtime.client.WcsRestNotFoundException;
import io.wcshooks.testkit.FakeWcsRestApi;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated REST client through a whole call's life, against the testkit's stateful fake of WCS. */
class RestClientAgainstFakeWcsTest {
  private FakeWcsRestApi wcs;

  @BeforeEach
  void start() {
    wcs = FakeWcsRestApi.start();
  }

  @AfterEach
  void stop() {
    wcs.close();
  }

  private static StartupRequest startup(String callId, String rtmpStream) {
    return StartupRequest.create().callId(callId).callee("10002").toStream(callId + "-stream")
        .rtmpUrl("rtmp://rtmp.example.com:1935/live").rtmpStream(rtmpStream)
        .hasAudio(true).hasVideo(true).sipLogin("10001").sipPassword("secret").sipPort(5060);
  }

  @Test
  void aCallFromStartupToTerminate() {
    WcsRestClient client = WcsRestClient.builder().baseUri(wcs.baseUri()).build();

    client.startup(startup("call-1", "stream-1"));
    List<WcsCall> found = client.find(FindRequest.create().callId("call-1"));
    assertEquals(1, found.size());
    assertEquals("call-1", found.get(0).callId());
    assertEquals("ESTABLISHED", found.get(0).status().value());
    assertEquals(1, client.findAll().size());

    client.sendDtmf(SendDtmfRequest.create().callId("call-1").dtmf("9"));
    client.injectStream(InjectStreamRequest.create().callId("call-1").streamName("mixer1_stream"));
    assertEquals(List.of("9"), wcs.dtmfSent("call-1"));
    assertEquals(List.of("mixer1_stream"), wcs.streamsInjected("call-1"));

    client.terminate(TerminateRequest.create().callId("call-1"));
    assertTrue(client.find(FindRequest.create().callId("call-1")).isEmpty(), "404 on find is no call");
    assertTrue(client.findAll().isEmpty());
    assertThrows(WcsRestNotFoundException.class, () -> client.terminate(TerminateRequest.create().callId("call-1")));
    assertThrows(WcsRestNotFoundException.class,
        () -> client.sendDtmf(SendDtmfRequest.create().callId("call-1").dtmf("1")));
  }

  @Test
  void aDuplicateCallIdOrRtmpUrlIsAConflict() {
    WcsRestClient client = WcsRestClient.builder().baseUri(wcs.baseUri()).build();
    client.startup(startup("call-1", "stream-1"));
    WcsRestConflictException sameId = assertThrows(WcsRestConflictException.class,
        () -> client.startup(startup("call-1", "stream-2")));
    assertEquals(409, sameId.status());
    assertThrows(WcsRestConflictException.class, () -> client.startup(startup("call-2", "stream-1")));
    client.startup(startup("call-2", "stream-2"));
    assertEquals(2, client.findAll().size());
  }

  @Test
  void onlyTheSameRtmpTargetIsAConflict() {
    WcsRestClient client = WcsRestClient.builder().baseUri(wcs.baseUri()).build();
    // Calls published only to a WCS stream (toStream) name no RTMP URL: nothing to conflict on.
    client.startup(StartupRequest.create().callId("sip-1").callee("10002").toStream("s1"));
    client.startup(StartupRequest.create().callId("sip-2").callee("10003").toStream("s2"));
    // The same RTMP target, written with 002's trailing slash, is the same URL.
    client.startup(startup("call-1", "stream-1"));
    assertThrows(WcsRestConflictException.class, () -> client.startup(
        startup("call-2", "stream-1").rtmpUrl("rtmp://rtmp.example.com:1935/live/")));
    assertEquals(3, client.findAll().size());
  }

  @Test
  void productionModeNeedsBasicCredentials() {
    wcs.requireBasicAuth("admin", "s3cret");
    WcsRestException refused = assertThrows(WcsRestException.class,
        () -> WcsRestClient.builder().baseUri(wcs.baseUri()).build().findAll());
    assertEquals(401, refused.status());

    WcsRestClient client = WcsRestClient.builder().baseUri(wcs.baseUri()).basicAuth("admin", "s3cret").build();
    client.startup(startup("call-1", "stream-1"));
    assertEquals(1, client.findAll().size());
  }

  @Test
  void anAnswerOverTheClientsLimitIsNotRead() {
    WcsRestClient roomy = WcsRestClient.builder().baseUri(wcs.baseUri()).build();
    for (int i = 0; i < 20; i++) {
      roomy.startup(startup("call-" + i, "stream-" + i));
    }
    // Twenty calls list in a few KB: over a 1 KB limit, set through the generated builder.
    WcsRestClient strict = WcsRestClient.builder().baseUri(wcs.baseUri()).maxAnswerBytes(1024).build();
    WcsRestException tooLarge = assertThrows(WcsRestException.class, strict::findAll);
    assertEquals(200, tooLarge.status());
    assertEquals("", tooLarge.body());
    assertEquals(20, roomy.findAll().size());
  }
}
