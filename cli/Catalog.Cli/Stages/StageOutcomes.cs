namespace Catalog.Cli.Stages;

/// <summary>Maps stage outcomes to the process exit code: the worst outcome wins.</summary>
public static class StageOutcomes
{
    public static ExitCode ToExitCode(params StageOutcome[] outcomes) =>
        outcomes.Any(o => o == StageOutcome.PartialFailure) ? ExitCode.PartialFailure : ExitCode.Success;
}
