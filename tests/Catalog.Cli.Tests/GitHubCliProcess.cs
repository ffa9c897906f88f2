using System.Diagnostics;

namespace Catalog.Cli.Tests;

/// <summary>
/// Runs the real <c>catalog</c> program for the GitHub crawl tests: without any GITHUB_TOKEN of the machine (a test
/// gives its token explicitly), and either to the end or started to be killed.
/// </summary>
public static class GitHubCliProcess
{
    public static CliResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, new Dictionary<string, string>(), args);

    /// <param name="workingDirectory">Where the program runs.</param>
    /// <param name="environment">Variables to set for the program, on top of the test's own (less GITHUB_TOKEN).</param>
    /// <param name="args">The command line.</param>
    public static CliResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(workingDirectory, environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"catalog {string.Join(' ', args)} did not finish within two minutes.");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts the program; the caller reads or drains its output and disposes it.</summary>
    public static Process Start(string workingDirectory, params string[] args) => Start(workingDirectory, new Dictionary<string, string>(), args);

    private static Process Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Remove("GITHUB_TOKEN");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "catalog.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("catalog did not start");
    }
}
