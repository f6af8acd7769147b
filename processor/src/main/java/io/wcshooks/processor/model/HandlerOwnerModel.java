package io.wcshooks.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * A class that declares instance handlers: the generated builder holds one instance of it.
 *
 * @param type the class
 * @param builderMethod the name of the builder method that takes the instance
 * @param defaultConstructible whether generated code may create it with {@code new T()} when none is given
 */
public record HandlerOwnerModel(ClassName type, String builderMethod, boolean defaultConstructible) {}
