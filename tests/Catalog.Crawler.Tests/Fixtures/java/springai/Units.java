package com.example.weather;

public enum Units implements HasLabel {
    METRIC("m"),
    IMPERIAL("i") {
        @Override public String toString() { return "imp"; }
    };

    Units(String label) {}
}
