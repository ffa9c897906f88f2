using System.ComponentModel;
using ModelContextProtocol.Server;

namespace Fixture.Basic;

[McpServerToolType]
public sealed class EchoTools
{
    [McpServerTool, Description("Echoes the message back.")]
    public static string Echo(
        IMcpServer server,
        [Description("Text to echo")] string message,
        int count = 1,
        CancellationToken cancellationToken = default) => message;

    [McpServerTool(Name = "get_weather", Title = "Weather report", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true)]
    [Description("Returns the forecast for a place.")]
    public async Task<string> GetWeatherAsync(
        HttpClient http,
        RequestContext<CallToolRequestParams> context,
        IProgress<ProgressNotificationValue> progress,
        [FromServices] WeatherService service,
        ILogger<EchoTools> logger,
        [Description("Latitude in degrees")] double latitude,
        float longitude,
        long? days,
        bool metric,
        string[] tags,
        List<int> stations,
        IReadOnlyDictionary<string, string> headers,
        DateTime since,
        decimal? threshold = null)
    {
        return await service.GetAsync(latitude, longitude);
    }

    public static string NotATool(string text) => text;
}
