package dev.zhanggui.rest.shared;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a mutating resource method that honours the {@code Idempotency-Key} header. Every
 * POST, PUT, PATCH and DELETE method carries it (a test checks); the method returns a
 * {@link jakarta.ws.rs.core.Response}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
    String HEADER = "Idempotency-Key";
    String REPLAYED = "Idempotent-Replayed";
}
