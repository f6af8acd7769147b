package io.wcshooks.runtime.security;

/**
 * A hook call refused by {@link HookSecurity}: answered with {@code {"status":N,"reason":"..."}},
 * and with a {@code WWW-Authenticate} header when {@code challenge} is not null (401).
 */
public record Refusal(int status, String reason, String challenge) {}
