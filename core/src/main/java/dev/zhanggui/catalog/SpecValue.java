package dev.zhanggui.catalog;

/** One spec value a SKU stands for, e.g. 颜色 = 红. */
public record SpecValue(String name, String value) {
    public SpecValue {
        name = name == null ? null : name.strip();
        value = value == null ? null : value.strip();
    }

    @Override
    public String toString() {
        return name + ":" + value;
    }
}
