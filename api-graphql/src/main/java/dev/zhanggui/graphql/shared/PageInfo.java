package dev.zhanggui.graphql.shared;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Relay page info: whether more items follow and the cursor to continue after. */
@Type("PageInfo")
public record PageInfo(@NonNull boolean hasNextPage, String endCursor) {
}
