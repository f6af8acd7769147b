package io.wcshooks.processor;

import io.wcshooks.spec.SpecLoader;
import io.wcshooks.spec.WcsSpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A spec file checked against the SHA-256 that {@code @WcsHooksSpec} records, the digest of the
 * bytes the Maven plugin validated. Without the check, a spec edited after the plugin ran (or a
 * marker left from an earlier build) would be generated from silently, while the marker still
 * names the old bytes: an edit back to them would then leave the marker unchanged, so nothing would
 * be recompiled, and the hooks would stay those of the other spec. The file is read once, and the
 * bytes checked are the bytes loaded.
 */
final class MarkedSpec {
  private MarkedSpec() {}

  /** The spec, from the bytes whose digest is {@code sha256}, or from the file as it is when that is empty. */
  static WcsSpec load(Path file, String sha256) throws Changed {
    if (sha256.isEmpty()) {
      return SpecLoader.load(file);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      // The loader says why a file cannot be read (none there, a directory, no permission).
      return SpecLoader.load(file);
    }
    String actual = sha256(bytes);
    if (!actual.equalsIgnoreCase(sha256)) {
      throw new Changed(actual);
    }
    return SpecLoader.load(file.toString(), new ByteArrayInputStream(bytes));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The spec file's bytes are not those the marker records. */
  static final class Changed extends Exception {
    private static final long serialVersionUID = 1L;
    private final String actual;

    Changed(String actual) {
      super(null, null, false, false);
      this.actual = actual;
    }

    /** The file's digest now. */
    String actual() {
      return actual;
    }
  }
}
