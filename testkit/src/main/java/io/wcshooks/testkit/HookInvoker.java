package io.wcshooks.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.spec.HookMethod;
import io.wcshooks.spec.MethodKind;
import io.wcshooks.spec.WcsSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes one hook call the way WCS does, given the method's restClientConfig entry: DISABLE skips
 * it, restExclude trims the body, OVERWRITE takes the named fields from a 200 answer, NOTIFY ignores
 * the answer, and a non-200 or a missing answer is an error whose handling is the spec's onError
 * cell for the restOnError value and the method's kind. All in one place so that every step of a
 * session follows the same rules.
 */
final class HookInvoker {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WcsSpec spec;
  private final HookTransport transport;
  private final List<HookExchange> log;

  HookInvoker(WcsSpec spec, HookTransport transport, List<HookExchange> log) {
    this.spec = spec;
    this.transport = transport;
    this.log = log;
  }

  HookMethod method(String name) {
    return spec.method(name).orElseThrow(() -> new IllegalArgumentException("the spec has no hook " + name));
  }

  Invocation invoke(String name, ObjectNode fields, MethodRules rules) {
    HookMethod method = method(name);
    MethodKind kind = method.kind();
    ObjectNode original = fields.deepCopy();
    if (rules.restPolicy() == RestPolicy.DISABLE) {
      return record(new Invocation(
          new HookExchange(name, kind, rules, false, null, 0, null, Optional.empty(), Optional.empty()),
          original, Optional.empty()));
    }
    ObjectNode sent = fields.deepCopy();
    sent.remove(rules.restExclude());
    byte[] body;
    try {
      body = JSON.writeValueAsBytes(sent);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HookTransport.Answer answer = transport.post(name, body);
    Optional<String> failure = answer.failure();
    ObjectNode answered = null;
    if (answer.status() == 200) {
      // WCS parses only an answer declared application/json (wcs-facts), whatever the body looks like.
      answered = answer.declaredJson() ? parse(answer.body()) : null;
      if (!answer.declaredJson()) {
        failure = Optional.of("the 200 answer's Content-Type is " + answer.contentType().orElse("missing")
            + ", not application/json: WCS cannot read it");
      } else if (answered == null) {
        failure = Optional.of("the 200 answer is not a JSON object, WCS cannot read it");
      }
    }
    boolean error = answer.status() != 200 || answered == null;
    if (!error) {
      ObjectNode result = apply(kind, rules, original, answered);
      return record(new Invocation(
          new HookExchange(name, kind, rules, true, sent, 200, answer.body(), Optional.empty(), Optional.empty()),
          result, Optional.empty()));
    }
    // connect: a non-200 answer always declines (wcs-facts); only a missing answer follows restOnError.
    ErrorOutcome outcome = kind == MethodKind.CONNECT && answer.status() != 0
        ? ErrorOutcome.DECLINE
        : ErrorOutcome.of(rules.restOnError(), kind);
    RestOnError column = outcome == ErrorOutcome.CONTINUE ? RestOnError.LOG : RestOnError.FAIL;
    Optional<String> handling = Optional.ofNullable(spec.onError().get(column.name()))
        .map(cells -> cells.get(kind));
    return record(new Invocation(
        new HookExchange(name, kind, rules, true, sent, answer.status(), answer.body(),
            failure, handling.or(() -> Optional.of(outcome.name()))),
        original, Optional.of(outcome)));
  }

  /** The fields WCS goes on with after a 200. */
  private static ObjectNode apply(MethodKind kind, MethodRules rules, ObjectNode original, ObjectNode answer) {
    if (kind == MethodKind.CONNECT) {
      // connect's answer is the session: SIP credentials, custom and restClientConfig come from it.
      ObjectNode merged = original.deepCopy();
      merged.setAll(answer);
      return merged;
    }
    if (rules.restPolicy() != RestPolicy.OVERWRITE) {
      return original;
    }
    ObjectNode result = original.deepCopy();
    for (String field : rules.restOverwrite()) {
      JsonNode value = answer.get(field);
      if (value != null) {
        result.set(field, value);
      }
    }
    return result;
  }

  private static ObjectNode parse(String body) {
    try {
      JsonNode node = body == null ? null : JSON.readTree(body);
      return node instanceof ObjectNode object ? object : null;
    } catch (IOException e) {
      return null;
    }
  }

  private Invocation record(Invocation invocation) {
    log.add(invocation.exchange());
    return invocation;
  }

  /** Copies fields into a body without the ones a client must not get. */
  static ObjectNode without(ObjectNode fields, Iterable<String> excluded) {
    ObjectNode copy = fields.deepCopy();
    Iterator<String> names = excluded.iterator();
    while (names.hasNext()) {
      copy.remove(names.next());
    }
    return copy;
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  static JsonNode tree(Object value) {
    return JSON.valueToTree(value);
  }

  static ObjectNode objectFrom(String json) {
    ObjectNode node = parse(json);
    if (node == null) {
      throw new IllegalArgumentException("not a JSON object: " + json);
    }
    return node;
  }

  static ObjectNode objectFrom(Map<String, ?> map) {
    return JSON.valueToTree(map);
  }
}
