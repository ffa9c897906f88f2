package com.example;

/**
 * Use {@code @Tool(description = "javadoc")} on methods.
 */
@Tool(description = "On a class: not a tool")
public class Commented {

    // @Tool(description = "line comment")
    // public String old() { return ""; }

    /*
    @Tool(description = "block comment")
    public String blocked() { return ""; }
    */

    private static final String TEXT = """
        @Tool(description = "in a text block")
        public String fake() { return ""; }
        """;

    private final String s = "@Tool(name = \"in_string\") public void x() {}";

    @Tool(description = "On a field")
    private String field;

    @Tool(description = "The real one")
    public String real() {
        return new Tool("not_sdk_without_new_in_java").toString();
    }

    String method() {
        return Tool("call");
    }
}
