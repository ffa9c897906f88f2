using System.Globalization;
using System.Text.RegularExpressions;

namespace Catalog.Testing.GitHub;

/// <summary>The parts of a GitHub search <c>q</c> the fake server understands: terms, topic:, created:, filename:, extension:, language:.</summary>
internal sealed partial record SearchQuery(
    IReadOnlyList<string> Terms,
    string? Topic,
    DateTimeOffset? CreatedFrom,
    DateTimeOffset? CreatedTo,
    string? FileName,
    string? Extension)
{
    public static SearchQuery Parse(string q)
    {
        var terms = new List<string>();
        string? topic = null, fileName = null, extension = null;
        DateTimeOffset? from = null, to = null;
        foreach (Match token in Tokens().Matches(q))
        {
            var text = token.Value;
            if (text.StartsWith('"'))
            {
                terms.Add(text.Trim('"'));
                continue;
            }

            var colon = text.IndexOf(':');
            var key = colon > 0 ? text[..colon].ToLowerInvariant() : "";
            var value = colon > 0 ? text[(colon + 1)..] : text;
            switch (key)
            {
                case "topic":
                    topic = value;
                    break;
                case "filename":
                    fileName = value;
                    break;
                case "extension":
                    extension = value.TrimStart('.');
                    break;
                case "language":
                    break;
                case "created":
                    (from, to) = Range(value);
                    break;
                default:
                    terms.Add(text);
                    break;
            }
        }

        return new SearchQuery(terms, topic, from, to, fileName, extension);
    }

    private static (DateTimeOffset?, DateTimeOffset?) Range(string value)
    {
        if (value.Contains("..", StringComparison.Ordinal))
        {
            var parts = value.Split("..");
            return (Date(parts[0], start: true), Date(parts[1], start: false));
        }

        if (value.StartsWith(">=", StringComparison.Ordinal))
        {
            return (Date(value[2..], start: true), null);
        }

        if (value.StartsWith("<=", StringComparison.Ordinal))
        {
            return (null, Date(value[2..], start: false));
        }

        return (Date(value, start: true), Date(value, start: false));
    }

    /// <summary>A date alone covers its whole day; a time is taken as given.</summary>
    private static DateTimeOffset? Date(string text, bool start)
    {
        if (text is "*" or "")
        {
            return null;
        }

        var parsed = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var dateOnly = !text.Contains('T', StringComparison.Ordinal);
        return dateOnly && !start ? parsed.AddDays(1).AddTicks(-1) : parsed;
    }

    [GeneratedRegex("\"[^\"]*\"|\\S+")]
    private static partial Regex Tokens();
}
