package dev.zhanggui.shared;

import java.util.UUID;

/** Port: where new aggregate ids come from. Time-ordered ids keep B-tree inserts local. */
public interface IdGenerator {
    UUID newId();
}
