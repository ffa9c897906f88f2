namespace Fixture.Enums;

public enum Units { Metric, Imperial }
