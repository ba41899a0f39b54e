package dev.wasmrust.compiler.patterns;

import java.util.List;

/** A pattern built to show the user a value no arm matches. */
record WitnessPat(Ctor ctor, List<WitnessPat> fields, PatType type) {
    WitnessPat {
        fields = List.copyOf(fields);
    }

    /** {@code _}; of a type with no values it is rustc's never pattern, which diagnostics explain. */
    static WitnessPat wild(PatType type, Types types) {
        return new WitnessPat(types.allEmpty(type) ? Ctor.NEVER : Ctor.WILDCARD, List.of(), type);
    }

    /** {@code ctor} with wildcards for all its fields. */
    static WitnessPat wildFromCtor(Ctor ctor, PatType type, Types types) {
        List<PatType> fieldTypes = types.fieldTypes(ctor, type);
        WitnessPat[] fields = new WitnessPat[fieldTypes.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = wild(fieldTypes.get(i), types);
        }
        return new WitnessPat(ctor, List.of(fields), type);
    }
}
