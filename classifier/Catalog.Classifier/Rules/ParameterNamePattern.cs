namespace Catalog.Classifier.Rules;

/// <summary>
/// A parameter name as a rule gives it, compared with the parameter's compact name (lower case,
/// separators removed, so <c>command_line</c> and <c>commandLine</c> are both <c>commandline</c>).
/// A leading or trailing '*' matches any start or end: <c>*command</c> matches <c>shellcommand</c>.
/// Exact by default, because loose matching turns <c>country_code</c> into "code".
/// </summary>
internal sealed record ParameterNamePattern(string Text, bool AnyStart, bool AnyEnd)
{
    public static ParameterNamePattern Parse(string pattern)
    {
        var anyStart = pattern.StartsWith('*');
        var anyEnd = pattern.EndsWith('*') && pattern.Length > 1;
        var core = pattern.Trim('*');
        return new ParameterNamePattern(string.Concat(Features.NameTokenizer.Split(core)), anyStart, anyEnd);
    }

    public bool Matches(string compactName) => (AnyStart, AnyEnd) switch
    {
        (false, false) => string.Equals(compactName, Text, StringComparison.Ordinal),
        (true, false) => compactName.EndsWith(Text, StringComparison.Ordinal),
        (false, true) => compactName.StartsWith(Text, StringComparison.Ordinal),
        _ => compactName.Contains(Text, StringComparison.Ordinal),
    };
}
