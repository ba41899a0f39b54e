package dev.wasmrust.runtime;

import java.util.List;

/** A module needs capabilities its host profile does not offer; the message names each and the profile. */
public final class CapabilityException extends LinkException {
    private static final long serialVersionUID = 1L;

    private final transient List<MissingCapability> missing;
    private final HostProfile profile;

    public CapabilityException(HostProfile profile, List<MissingCapability> missing) {
        super(message(profile, missing));
        this.profile = profile;
        this.missing = List.copyOf(missing);
    }

    public HostProfile profile() {
        return profile;
    }

    public List<MissingCapability> missing() {
        return missing;
    }

    private static String message(HostProfile profile, List<MissingCapability> missing) {
        StringBuilder sb = new StringBuilder();
        for (MissingCapability m : missing) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(m.describe(profile));
        }
        return sb.toString();
    }
}
