package dev.zhanggui.graphql.shared;

import java.util.List;

/** What every mutation returns: its result, or the errors that refused it. */
public interface Payload {
    List<UserError> errors();
}
