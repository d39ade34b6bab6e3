package dev.modelregistry.core.git;

import java.util.Locale;
import java.util.Set;

/**
 * The rules for the name of a branch, checked on its full ref name {@code refs/heads/<branch>}
 * without JGit, so that opening a registry loads no JGit class. They are Git's rules, as
 * {@code git check-ref-format} documents them, and those that keep the loose ref file usable
 * on Windows, as JGit checks there: no component that Windows reserves for a device
 * ({@code con}, {@code aux}, {@code com1}, ... with or without an extension), none ending in a
 * dot, and none of the characters {@code " < > |}. {@code HEAD} is refused too: Git would read it
 * as the symbolic ref.
 */
public final class BranchName {

    private static final String FORBIDDEN = " ~^:?*[\\\"<>|";

    private static final Set<String> DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9");

    private BranchName() {
    }

    /** True when {@code branch} is a valid name for a branch by these rules. */
    public static boolean isValid(String branch) {
        if (branch.isEmpty() || branch.equals("HEAD")) {
            return false;
        }
        String name = "refs/heads/" + branch;
        if (name.contains("..") || name.contains("@{")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < ' ' || c == 0x7f || FORBIDDEN.indexOf(c) >= 0) {
                return false;
            }
        }
        for (String component : name.split("/", -1)) {
            if (component.isEmpty() || component.startsWith(".") || component.endsWith(".")
                    || component.endsWith(".lock") || isDevice(component)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDevice(String component) {
        int dot = component.indexOf('.');
        return DEVICES.contains((dot < 0 ? component : component.substring(0, dot)).toLowerCase(Locale.ROOT));
    }
}
