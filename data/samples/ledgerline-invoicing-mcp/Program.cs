using Ledgerline.Mcp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var builder = Host.CreateApplicationBuilder(args);

// MCP over stdio: anything written to stdout that is not protocol breaks the client.
builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);

builder.Services.AddHttpClient<LedgerlineClient>(client =>
{
    client.BaseAddress = new Uri(Environment.GetEnvironmentVariable("LEDGERLINE_API_URL") ?? "https://api.ledgerline.example/");
    client.DefaultRequestHeaders.Add("X-Api-Key", Environment.GetEnvironmentVariable("LEDGERLINE_API_KEY"));
});

builder.Services
    .AddMcpServer()
    .WithStdioServerTransport()
    .WithToolsFromAssembly();

await builder.Build().RunAsync();
