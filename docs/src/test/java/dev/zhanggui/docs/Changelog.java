package dev.zhanggui.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/** docs/CHANGELOG.md as far as the contract checks read it: the breaking changes listed as accepted. */
record Changelog(Set<String> listedBreakingChanges) {
    static Changelog read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    /** The list items under {@code ## Unreleased} / {@code ### Breaking}, each one change as the check prints it. */
    static Changelog parse(String text) {
        Set<String> listed = new LinkedHashSet<>();
        String section = null;
        String subsection = null;
        for (String line : text.split("\\R")) {
            if (line.startsWith("## ")) {
                section = line.substring(3).strip();
                subsection = null;
            } else if (line.startsWith("### ")) {
                subsection = line.substring(4).strip();
            } else if ("Unreleased".equals(section) && "Breaking".equals(subsection) && line.startsWith("- ")) {
                listed.add(line.substring(2).strip());
            }
        }
        return new Changelog(listed);
    }

    boolean lists(String change) {
        return listedBreakingChanges.contains(change);
    }
}
