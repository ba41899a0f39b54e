package dev.wasmrust.compiler.types;

import java.util.List;
import java.util.Map;

/**
 * One {@code impl Trait<traitArgs> for self}: what normalization of associated types and the instantiation
 * of calls through bounds need. Types mention the impl's generic parameters ({@code implParams} of them);
 * {@code fnBounds} are its parameters' {@code Fn*} bounds, through which a parameter that appears only in a
 * closure's return type ({@code impl<B, I, F: FnMut(I::Item) -> B> Iterator for Map<I, F>}) is determined.
 */
public record TraitImpl(String trait, List<Type> traitArgs, Type self, int implParams, Map<String, Type> assocTypes,
                        Map<String, String> methods, List<FnBound> fnBounds, List<AssocBinding> assocBindings,
                        List<ParamBound> paramBounds, dev.wasmrust.compiler.source.Span header) {
    public TraitImpl {
        traitArgs = List.copyOf(traitArgs);
        fnBounds = List.copyOf(fnBounds);
        assocBindings = List.copyOf(assocBindings);
        paramBounds = List.copyOf(paramBounds);
    }

    /** A blanket impl ({@code impl<I: Iterator> IntoIterator for I}): its self type is one of its parameters. */
    public boolean blanket() {
        return self instanceof Type.Param;
    }

    /**
     * {@code param: trait}: a blanket impl applies only to the types meeting its parameters' bounds, which is how
     * {@code impl<I: Iterator> IntoIterator for I} and {@code impl<T> IntoIterator for Vec<T>} coexist.
     */
    public record ParamBound(int param, String trait) {}

    /**
     * {@code param: Trait<Name = pattern>}: a parameter that appears only there
     * ({@code impl<T, I: Iterator<Item = &T>> Iterator for Copied<I>}) is determined by normalizing the projection.
     */
    public record AssocBinding(int param, String trait, String name, Type pattern) {}

    /** {@code param: Fn(params) -> ret}. */
    public record FnBound(int param, List<Type> params, Type ret) {
        public FnBound {
            params = List.copyOf(params);
        }
    }
}
