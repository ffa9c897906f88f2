package com.example.weather;

import java.util.List;
import java.util.Optional;
import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;
import org.springframework.lang.Nullable;

@Service
public class WeatherService {

    @Tool(description = "Get the weather forecast for a location")
    public String getForecast(
            @ToolParam(description = "Latitude") double latitude,
            @ToolParam(description = "Longitude") Double longitude,
            @ToolParam(description = "Days ahead", required = false) int days,
            @Nullable String language,
            Optional<Boolean> detailed,
            List<String> fields,
            Units units,
            Location[] alternatives,
            ToolContext toolContext) {
        return "";
    }

    @Tool(name = "get_alerts", description = "Weather alerts for a US state")
    @Transactional(readOnly = true)
    public <T> List<T> alerts(@ToolParam(description = "Two-letter state code") final String state, String... codes) {
        return List.of();
    }

    @Tool
    public static void ping() {
    }

    public String notATool(String x) {
        return x;
    }
}
