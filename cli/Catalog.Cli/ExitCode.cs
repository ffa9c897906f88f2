namespace Catalog.Cli;

/// <summary>What the process tells its caller. A nightly job alerts on anything but <see cref="Success"/>.</summary>
public enum ExitCode
{
    /// <summary>Everything ran and nothing failed.</summary>
    Success = 0,

    /// <summary>The run finished, but some repositories, files or lines failed; each is reported with its reason.</summary>
    PartialFailure = 1,

    /// <summary>Bad usage (unknown option, missing file) or a fatal error: nothing useful was done.</summary>
    Fatal = 2,

    /// <summary>Stopped on request (Ctrl+C or SIGTERM), the shell's convention for a process ended by SIGINT.</summary>
    Cancelled = 130,
}
