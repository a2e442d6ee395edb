package org.stancekit.clean;

import java.util.Objects;

/** One block the cleaner left out of the body, with its position in the page and the reason. */
public record DroppedBlock(int index, DropReason reason, String text) {

    public DroppedBlock {
        Objects.requireNonNull(reason, "reason");
        text = text == null ? "" : text;
        if (index < 0) throw new IllegalArgumentException("index must be >= 0, got " + index);
    }
}
