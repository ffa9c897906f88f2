using System.Diagnostics;
using System.Globalization;

namespace Catalog.Cli.Bench;

/// <summary>Peak resident memory (VmHWM) of a process, read from /proc; null where /proc is not there.</summary>
public static class PeakMemory
{
    public static long? Of(int processId)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
        }

        return null;
    }

    public static long OfThisProcess() => Of(Environment.ProcessId) ?? Process.GetCurrentProcess().PeakWorkingSet64;

    public static string Format(long? bytes) => bytes is { } b ? (b / 1024.0 / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " MiB" : "unknown";
}
