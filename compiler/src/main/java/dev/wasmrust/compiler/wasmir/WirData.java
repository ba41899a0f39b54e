package dev.wasmrust.compiler.wasmir;

/**
 * Static data named {@code name}: placed by the backend at an address aligned to {@code align}
 * bytes, or at {@code fixedAddress} when that is not negative.
 */
public record WirData(String name, byte[] bytes, int align, int fixedAddress) {
    public WirData(String name, byte[] bytes, int align) {
        this(name, bytes, align, -1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WirData d && d.name.equals(name) && java.util.Arrays.equals(d.bytes, bytes)
                && d.align == align && d.fixedAddress == fixedAddress;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + java.util.Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "WirData[" + name + ", " + bytes.length + " bytes]";
    }
}
