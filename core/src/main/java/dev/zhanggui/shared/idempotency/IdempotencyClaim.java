package dev.zhanggui.shared.idempotency;

/** What the store says when a request with a key arrives. */
public sealed interface IdempotencyClaim {
    /** The key is new (or its earlier attempt was abandoned): this request may run. */
    record Claimed() implements IdempotencyClaim {
    }

    /** The same request already completed: answer with its response. */
    record Completed(StoredResponse response) implements IdempotencyClaim {
    }

    /** The same request is still running elsewhere. */
    record InProgress() implements IdempotencyClaim {
    }

    /** The key was used for a different request. */
    record Mismatch() implements IdempotencyClaim {
    }
}
