package com.example.weather;

public record Location(String name, double latitude, Optional<Double> elevation) {}
