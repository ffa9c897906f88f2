package com.example.kt

import org.springframework.ai.tool.annotation.Tool
import org.springframework.ai.tool.annotation.ToolParam

const val CITY_DESCRIPTION = "City name"

class WeatherTools {
    @Tool(description = "Weather for a city")
    fun getWeather(
        @ToolParam(description = CITY_DESCRIPTION) city: String,
        days: Int? = null,
        hourly: Boolean = false,
        units: List<String>,
        scale: DoubleArray,
    ): String = ""

    @Tool(name = "alerts", description = "Alerts")
    suspend fun String.alerts(@field:ToolParam(description = "Region") region: String): List<String> = emptyList()
}

fun configure(server: Server) {
    server.addTool(
        name = "kt_forecast",
        description = """
            Forecast from the Kotlin SDK.
            Second line.
        """.trimIndent(),
        inputSchema = Tool.Input(
            properties = buildJsonObject {
                putJsonObject("city") {
                    put("type", "string")
                    put("description", "City to forecast")
                }
                putJsonObject("days") {
                    put("type", "integer")
                }
            },
            required = listOf("city"),
        ),
    ) { request -> CallToolResult(content = listOf()) }

    val template = "Hello $name"
    server.addTool(name = "templated", description = "Uses $template") { request -> null }
}
