package dev.zhanggui.graphql.shared;

import dev.zhanggui.shared.DomainException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A refusal of a mutation: the stable error code, the input field at fault if any, a message. */
@Type("UserError")
@Description("Why a mutation was refused: a stable code, the input field at fault, and a message")
public record UserError(@NonNull String code, String field, @NonNull String message) {

    public static List<UserError> of(DomainException e) {
        if (e.fieldErrors().isEmpty()) {
            return List.of(new UserError(e.code().name(), null, e.getMessage()));
        }
        return e.fieldErrors().stream().map(f -> new UserError(f.code().name(), f.field(), f.message())).toList();
    }
}
