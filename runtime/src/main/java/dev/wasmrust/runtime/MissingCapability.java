package dev.wasmrust.runtime;

/**
 * One reason a module cannot load under a profile: a capability it needs (null when the import belongs
 * to no known family) and what in the module needs it.
 */
public record MissingCapability(Capability capability, String neededBy, String note) {
    public String describe(HostProfile profile) {
        String what = capability == null
                ? "the module needs " + neededBy + ", which host profile `" + profile.cliName() + "` does not offer"
                : "the module needs capability `" + capability.displayName() + "` (" + neededBy
                        + "), which host profile `" + profile.cliName() + "` does not provide";
        return note == null || note.isEmpty() ? what : what + "; " + note;
    }
}
