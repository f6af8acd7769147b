package io.wcshooks.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Map;

/**
 * An open enum to generate.
 *
 * @param type its class
 * @param constants constant name to value, in the spec's order
 * @param aliases other spellings, mapped to the constant they mean
 * @param usedBy Javadoc references to the accessors and setters that use it
 * @param source where the documentation lists its values, for the constants' Javadoc ("the methods table")
 */
public record EnumModel(
    ClassName type, List<Constant> constants, Map<String, String> aliases, List<String> usedBy, String source) {

  public EnumModel {
    constants = List.copyOf(constants);
    aliases = Map.copyOf(aliases);
    usedBy = List.copyOf(usedBy);
  }

  /**
   * @param name the Java constant name
   * @param value the exact wire value
   * @param observed whether the value comes from observation rather than the table
   */
  public record Constant(String name, String value, boolean observed) {}
}
