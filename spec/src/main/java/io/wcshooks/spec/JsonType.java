package io.wcshooks.spec;

import java.util.Locale;

/** The JSON type a parameter is documented to carry. The echo never depends on it. */
public enum JsonType {
  STRING,
  BOOLEAN,
  INTEGER,
  NUMBER,
  OBJECT,
  ARRAY,
  /** A string holding comma-separated field names (restClientConfig's exclude/overwrite lists). */
  FIELD_LIST;

  /** The spelling used in the spec file. */
  public String specName() {
    return this == FIELD_LIST ? "fieldList" : name().toLowerCase(Locale.ROOT);
  }

  static JsonType fromSpecName(String name) {
    for (JsonType type : values()) {
      if (type.specName().equals(name)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown type " + name);
  }
}
