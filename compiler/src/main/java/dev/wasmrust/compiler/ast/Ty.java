package dev.wasmrust.compiler.ast;

import dev.wasmrust.compiler.source.Span;
import java.util.List;

/** Type expressions as written. */
public sealed interface Ty {
    Span span();

    /** {@code i32}, {@code Vec<T>}, {@code Self}, {@code <T as Trait>::Out}; {@code qself} may be null. */
    record PathTy(QSelf qself, Path path, Span span) implements Ty {}

    /** {@code &'a mut T}; {@code lifetime} may be null. */
    record RefTy(Lifetime lifetime, Mutability mutability, Ty inner, Span span) implements Ty {}

    /** {@code *const T}, {@code *mut T}. */
    record PtrTy(Mutability mutability, Ty inner, Span span) implements Ty {}

    record SliceTy(Ty elem, Span span) implements Ty {}

    record ArrayTy(Ty elem, Expr len, Span span) implements Ty {}

    /** {@code ()} is the empty tuple. */
    record TupleTy(List<Ty> elems, Span span) implements Ty {
        public TupleTy {
            elems = List.copyOf(elems);
        }
    }

    record NeverTy(Span span) implements Ty {}

    /** {@code _}. */
    record InferTy(Span span) implements Ty {}

    /** {@code for<'a> unsafe extern "C" fn(A, B, ...) -> R}; {@code abi} and {@code ret} may be null. */
    record FnPtrTy(List<GenericParam> forLifetimes, boolean isUnsafe, String abi, List<FnPtrParam> params,
                   boolean variadic, Ty ret, Span span) implements Ty {
        public FnPtrTy {
            forLifetimes = List.copyOf(forLifetimes);
            params = List.copyOf(params);
        }
    }

    record ImplTraitTy(List<Bound> bounds, Span span) implements Ty {
        public ImplTraitTy {
            bounds = List.copyOf(bounds);
        }
    }

    /** {@code dyn A + B + 'a}. */
    record DynTraitTy(List<Bound> bounds, Span span) implements Ty {
        public DynTraitTy {
            bounds = List.copyOf(bounds);
        }
    }

    record ParenTy(Ty inner, Span span) implements Ty {}

    record MacroTy(MacroCall mac, Span span) implements Ty {}

    record Error(Span span) implements Ty {}

    /** A parameter of a fn pointer type; {@code name} may be null. */
    record FnPtrParam(Ident name, Ty ty, Span span) {}
}
