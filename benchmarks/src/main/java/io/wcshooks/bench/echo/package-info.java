/** The bundled spec, generated here with no handlers: the pure-echo hook server of the benchmark. */
@io.wcshooks.api.WcsHooksSpec(path = "", sha256 = "")
package io.wcshooks.bench.echo;
