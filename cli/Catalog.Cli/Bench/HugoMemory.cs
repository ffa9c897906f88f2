using System.Globalization;

namespace Catalog.Cli.Bench;

/// <summary>
/// Whether Hugo can build N pages here without exhausting the machine: it holds every page in memory
/// (3,402 MiB for 105,002 pages measured on this kind of machine, about 34 KB a page), so 600,000 tools
/// would want some 20 GiB. The bench skips Hugo, saying why, rather than let it take the machine down.
/// </summary>
public static class HugoMemory
{
    /// <summary>Resident memory Hugo 0.111 needed per page built, measured by this bench at 100,000 tools.</summary>
    public const long BytesPerPage = 34 * 1024;

    public static long Estimate(int pages) => pages * BytesPerPage;

    /// <summary>MemAvailable from /proc/meminfo; null where it cannot be read.</summary>
    public static long? Available()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/meminfo"))
            {
                if (line.StartsWith("MemAvailable:", StringComparison.Ordinal))
                {
                    return long.Parse(line["MemAvailable:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
        }

        return null;
    }

    /// <summary>Why Hugo should not run for this many pages, or null when it fits in three quarters of the free memory.</summary>
    public static string? RefusalFor(int pages, long? available)
    {
        var estimate = Estimate(pages);
        if (available is not { } free || estimate <= free / 4 * 3)
        {
            return null;
        }

        var fits = free / 4 * 3 / BytesPerPage;
        return $"hugo: not measured: {pages:N0} pages would need about {estimate / 1073741824.0:0.0} GiB ({BytesPerPage / 1024} KB a page) and {free / 1073741824.0:0.0} GiB are free; it fits up to about {fits:N0} pages (--tools)";
    }
}
