package com.example;

public class Broken {
    @Tool(description = "Fine")
    public String fine(@ToolParam(description = "x") String x) { return x; }

    @Tool(description = "Unclosed parameters"
    public String unclosed(String y { return y; }

    @Tool(description = "After the damage")
    public String after(int z) {
        String t = """
            never closed
