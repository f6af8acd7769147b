package io.wcshooks.spec.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.spec.Erratum;
import io.wcshooks.spec.Forbid;
import io.wcshooks.spec.HookMethod;
import io.wcshooks.spec.MethodKind;
import io.wcshooks.spec.Parameter;
import io.wcshooks.spec.SpecLoader;
import io.wcshooks.spec.WcsSpec;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** OnTransferEvent is missing from 000/001; 004 classifies it and only the 003 scan lists its parameters. */
class OnTransferEventSourcesTest {

  private final WcsSpec spec = SpecLoader.loadBundled();

  @Test
  void fourTypesNamesItAnIncomingInvocation() {
    assertEquals(new Classification(MethodKind.INCOMING, Forbid.MAY),
        FourTypes.read(Seeds.file("004")).of("OnTransferEvent").orElseThrow());
  }

  @Test
  void specHasItAsIncomingWithAnAddedMethodErratum() {
    HookMethod method = spec.method("OnTransferEvent").orElseThrow();
    assertEquals(MethodKind.INCOMING, method.kind());
    assertEquals(Forbid.MAY, method.forbid());
    List<Erratum> added = spec.errataAffecting("OnTransferEvent").stream()
        .filter(e -> e.kind().equals(SpecCrossCheck.ADDED_METHOD)).toList();
    assertEquals(1, added.size(), added::toString);
    assertTrue(added.get(0).sources().containsAll(List.of("003", "004")), added.get(0)::toString);
  }

  @Test
  void theCurrentTablesLackIt() {
    Set<String> names = spec.methods().stream().map(HookMethod::name).collect(Collectors.toSet());
    assertTrue(MethodsTable.english(Seeds.file("000"), names).method("OnTransferEvent").isEmpty());
    assertTrue(MethodsTable.russian(Seeds.file("001"), names).method("OnTransferEvent").isEmpty());
  }

  /**
   * The scan breaks names into 3-letter lines and garbles the Russian, so with whitespace removed
   * it reads "On...TransferEvent" followed by its parameter fragments up to the next method
   * ("Tra..." of TransferStatusEvent): "callId", "ng" (incoming), "target", "has" (hasVideo).
   */
  @Test
  void theOcrScanListsItsParameters() {
    String scan = Seeds.read(Seeds.file("003")).replaceAll("\\s+", "");
    int at = scan.indexOf("TransferEvent");
    assertTrue(at >= 0, "003 has no OnTransferEvent");
    int from = at + "TransferEvent".length();
    String fragments = scan.substring(from, scan.indexOf("Tra", from));
    assertEquals("callIdngtargethas", fragments);

    List<String> context = spec.contextParameters().stream().map(Parameter::name).toList();
    List<String> listed = spec.method("OnTransferEvent").orElseThrow().parameters().stream()
        .map(Parameter::name).filter(n -> !context.contains(n)).toList();
    List<String> pieces = List.of("callId", "ng", "target", "has");
    assertEquals(pieces.size(), listed.size(), listed::toString);
    for (int i = 0; i < pieces.size(); i++) {
      assertTrue(listed.get(i).contains(pieces.get(i)), listed.get(i) + " vs 003's " + pieces.get(i));
    }
  }
}
