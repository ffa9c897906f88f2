using System.Net.Http.Json;
using System.Text.Json;

namespace Ledgerline.Mcp;

public sealed class LedgerlineClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public async Task<string> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    public async Task<string> PostAsync(string path, object body, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsJsonAsync(path, body, cancellationToken);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return JsonSerializer.Serialize(json, Indented);
    }
}
