package io.wcshooks.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.runtime.json.HookJson;
import io.wcshooks.runtime.json.JsonLimits;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The JSON path of one hook call, ours against what a hand-written Jersey resource does with plain Jackson
 * ({@code io.wcshooks.bench.JerseyEchoServer}). Each pair does the same work on the same body:
 *
 * <ul>
 *   <li><b>read</b>: bytes to tree. Ours is {@link HookJson#readObject} (strict UTF-8 check, duplicate-key
 *       detection, numbers kept exactly, must be an object); Jackson's is {@link ObjectMapper#readTree(byte[])}
 *       on a default mapper.
 *   <li><b>echo</b>: a hook nobody handles. The generated server parses and validates the body, then answers
 *       the bytes it received ({@code HookCall.echo()}); the hand-written resource parses and writes the tree
 *       back.
 *   <li><b>overwrite</b>: a handler changes one field. Both read, set the field on the {@link ObjectNode} and
 *       write the tree; ours writes with {@link HookJson#write} ({@code HookCall.answer} on a modified request).
 * </ul>
 *
 * <p>Methods are named {@code <operation>Ours} and {@code <operation>Jackson}; {@link JsonPathBenchmarks} pairs
 * them by that name. Return values and the {@link Blackhole} keep the JIT from dropping the work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonPathBench {
  /** Which body of the server benchmark's mix. */
  @Param({HookBodies.CONNECT, HookBodies.PUBLISH_STREAM, HookBodies.KEEP_ALIVE})
  public String hook;

  private byte[] body;
  private String field;
  private String value;
  private HookJson ours;
  private ObjectMapper jackson;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    body = HookBodies.body(hook);
    field = HookBodies.overwrittenField(hook);
    value = HookBodies.overwrittenValue(hook);
    ours = new HookJson(JsonLimits.DEFAULTS);
    jackson = new ObjectMapper();
    // Both sides must do the same work and give the same answer, or the comparison means nothing.
    if (!Arrays.equals(echoJackson(), body)) {
      throw new IllegalStateException("Jackson's echo of " + hook + " is not the body it read");
    }
    if (!Arrays.equals(overwriteOurs(), overwriteJackson())) {
      throw new IllegalStateException("ours and Jackson's overwrite of " + field + " on " + hook + " differ");
    }
  }

  @Benchmark
  public ObjectNode readOurs() {
    return ours.readObject(body);
  }

  @Benchmark
  public JsonNode readJackson() throws IOException {
    return jackson.readTree(body);
  }

  @Benchmark
  public byte[] echoOurs() {
    // A hook without a handler: the body is validated as strictly as it would be parsed (no tree is built),
    // and the answer is the received bytes.
    ours.validateObject(body);
    return body;
  }

  @Benchmark
  public byte[] echoJackson() throws IOException {
    JsonNode tree = jackson.readTree(body);
    if (tree == null || !tree.isObject()) {
      throw new IllegalStateException("not an object");
    }
    return jackson.writeValueAsBytes(tree);
  }

  @Benchmark
  public byte[] overwriteOurs() {
    ObjectNode json = ours.readObject(body);
    json.put(field, value);
    return ours.write(json);
  }

  @Benchmark
  public byte[] overwriteJackson() throws IOException {
    JsonNode tree = jackson.readTree(body);
    if (!(tree instanceof ObjectNode json)) {
      throw new IllegalStateException("not an object");
    }
    json.put(field, value);
    return jackson.writeValueAsBytes(json);
  }
}
