package dev.zhanggui.graphql.shared;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/**
 * Puts our stable error code into top-level GraphQL errors as {@code extensions.errorCode}
 * (for queries refused by the domain, authentication and authorization), the same codes that
 * mutation payloads carry. SmallRye's own {@code code} extension is derived from Java class
 * names, so it is not published.
 */
public class ErrorCodeExtension implements ErrorExtensionProvider {
    public static final String KEY = "errorCode";

    @Override
    public String getKey() {
        return KEY;
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        return Json.createValue(codeOf(exception).name());
    }

    static ErrorCode codeOf(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain.code();
            }
            if (t instanceof UnauthorizedException) {
                return ErrorCode.UNAUTHENTICATED;
            }
            if (t instanceof ForbiddenException) {
                return ErrorCode.FORBIDDEN;
            }
        }
        return ErrorCode.INTERNAL_ERROR;
    }
}
