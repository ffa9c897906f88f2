package com.example.calc;

public final class ToolNames {
    public static final String AREA = "calculate-area";
    static final String EXPR_DESCRIPTION = "The " + "expression";
}
