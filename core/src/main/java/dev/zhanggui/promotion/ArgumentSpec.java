package dev.zhanggui.promotion;

/** One argument a promotion condition or action takes: its name, its type and whether it is required. */
public record ArgumentSpec(String name, ArgumentType type, boolean required) {
    public static ArgumentSpec required(String name, ArgumentType type) {
        return new ArgumentSpec(name, type, true);
    }
}
