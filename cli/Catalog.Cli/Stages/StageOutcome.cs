namespace Catalog.Cli.Stages;

public enum StageOutcome
{
    Success = 0,
    PartialFailure = 1,
}
