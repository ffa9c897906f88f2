using System.Text.RegularExpressions;
using Catalog.Domain.Classification;

namespace Catalog.Classifier.Rules;

/// <summary>
/// A rule's <c>when</c> (every part must hold) or <c>unless</c> (any part suffices) in compiled form.
/// Each part is an "any of these values" test; a null part is absent.
/// </summary>
internal sealed class CompiledCondition
{
    public TermSet? NameVerb { get; init; }
    public TermSet? NameToken { get; init; }
    public Phrase[]? NamePhrase { get; init; }
    public TermSet? NameObject { get; init; }
    public TermSet? DescriptionVerb { get; init; }
    public TermSet? DescriptionWord { get; init; }
    public Phrase[]? DescriptionPhrase { get; init; }
    public Regex[]? DescriptionRegex { get; init; }
    public TermSet? Word { get; init; }
    public TermSet? ActionVerb { get; init; }
    public TermSet? Server { get; init; }
    public ParameterCondition? Parameter { get; init; }
    public bool? ReadOnlyHint { get; init; }
    public bool? DestructiveHint { get; init; }
    public bool? IdempotentHint { get; init; }
    public bool? OpenWorldHint { get; init; }
    public bool? NoNameVerb { get; init; }
    public bool? NoParameters { get; init; }
    public ToolCategory[]? Category { get; init; }
    public string[]? Flag { get; init; }

    /// <summary>True when the condition uses what only the second pass knows (the category or the first-pass flags).</summary>
    public bool NeedsDecision => Category is not null || Flag is not null;

    /// <param name="context">The tool being evaluated.</param>
    /// <param name="requireAll">True for <c>when</c>: every part must hold. False for <c>unless</c>: one part is enough.</param>
    /// <param name="cite">Receives what each part matched, for the reason.</param>
    public bool Test(EvaluationContext context, bool requireAll, ref Citations cite) =>
        Evaluate(context, context.Features, requireAll, ref cite);

    private bool Evaluate(EvaluationContext context, Features.ToolFeatures features, bool requireAll, ref Citations cite)
    {
        var any = false;
        var all = true;
        void Record(bool holds)
        {
            any |= holds;
            all &= holds;
        }

        if (NameVerb is not null)
        {
            Record(Cite(NameVerb.Find(context.NameVerbId), ref cite.NameVerb, ref cite));
        }

        if (NameToken is not null && (requireAll ? all : !any))
        {
            Record(Cite(NameToken.FirstIn(context.NameBits), ref cite.NameToken, ref cite));
        }

        if (NamePhrase is not null && (requireAll ? all : !any))
        {
            Record(Cite(FindPhrase(NamePhrase, context.NameIds, context.NameBits), ref cite.NamePhrase, ref cite));
        }

        if (NameObject is not null && (requireAll ? all : !any))
        {
            Record(Cite(NameObject.Find(context.NameObjectId), ref cite.NameObject, ref cite));
        }

        if (DescriptionVerb is not null && (requireAll ? all : !any))
        {
            Record(Cite(DescriptionVerb.Find(context.DescriptionVerbId), ref cite.DescriptionVerb, ref cite));
        }

        if (DescriptionWord is not null && (requireAll ? all : !any))
        {
            Record(Cite(DescriptionWord.FirstIn(context.DescriptionBits), ref cite.DescriptionWord, ref cite));
        }

        if (DescriptionPhrase is not null && (requireAll ? all : !any))
        {
            Record(Cite(FindPhrase(DescriptionPhrase, context.DescriptionIds, context.DescriptionBits), ref cite.DescriptionPhrase, ref cite));
        }

        if (DescriptionRegex is not null && (requireAll ? all : !any))
        {
            Record(Cite(FindPattern(DescriptionRegex, features.DescriptionText), ref cite.DescriptionRegex, ref cite));
        }

        if (Word is not null && (requireAll ? all : !any))
        {
            Record(Cite(Word.FirstIn(context.WordBits), ref cite.Word, ref cite));
        }

        if (ActionVerb is not null && (requireAll ? all : !any))
        {
            Record(Cite(ActionVerb.FirstIn(context.ActionVerbBits), ref cite.ActionVerb, ref cite));
        }

        if (Server is not null && (requireAll ? all : !any))
        {
            Record(Cite(Server.FirstIn(context.ServerBits), ref cite.Server, ref cite));
        }

        if (Parameter is not null && (requireAll ? all : !any))
        {
            Record(Cite(Parameter.FindIn(features.Parameters)?.Name, ref cite.Parameter, ref cite));
        }

        if (ReadOnlyHint is not null && (requireAll ? all : !any))
        {
            Record(features.Annotations.ReadOnlyHint == ReadOnlyHint);
        }

        if (DestructiveHint is not null && (requireAll ? all : !any))
        {
            Record(features.Annotations.DestructiveHint == DestructiveHint);
        }

        if (IdempotentHint is not null && (requireAll ? all : !any))
        {
            Record(features.Annotations.IdempotentHint == IdempotentHint);
        }

        if (OpenWorldHint is not null && (requireAll ? all : !any))
        {
            Record(features.Annotations.OpenWorldHint == OpenWorldHint);
        }

        if (NoNameVerb is not null && (requireAll ? all : !any))
        {
            Record(!context.HasNameVerb == NoNameVerb);
        }

        if (NoParameters is not null && (requireAll ? all : !any))
        {
            Record((features.SchemaReadable && features.Parameters.Count == 0) == NoParameters);
        }

        if (Category is not null && (requireAll ? all : !any))
        {
            Record(context.Category is { } category && Array.IndexOf(Category, category) >= 0);
        }

        if (Flag is not null && (requireAll ? all : !any))
        {
            Record(HasFlag(context));
        }

        return requireAll ? all : any;
    }

    private bool HasFlag(EvaluationContext context)
    {
        foreach (var flag in Flag!)
        {
            var set = flag switch
            {
                "destructive" => context.Destructive,
                "financial" => context.Financial,
                "sensitive" => context.Sensitive,
                _ => false,
            };
            if (set)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Cite(string? found, ref string? slot, ref Citations cite)
    {
        if (found is null)
        {
            return false;
        }

        slot ??= found;
        cite.Value ??= found;
        return true;
    }

    private static string? FindPhrase(Phrase[] phrases, int[] text, ulong[] present)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.OccursIn(text, present))
            {
                return phrase.Display;
            }
        }

        return null;
    }

    private static string? FindPattern(Regex[] patterns, string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        foreach (var pattern in patterns)
        {
            try
            {
                var match = pattern.Match(text);
                if (match.Success)
                {
                    return Quote(match.Value);
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // Pathological input: treat as no match rather than stall the whole classify stage.
            }
        }

        return null;
    }

    // Matched text is the tool author's: keep it short and on one line before a reason quotes it.
    private static string Quote(string matched)
    {
        var collapsed = string.Join(' ', matched.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length <= 40 ? collapsed : collapsed[..40] + "...";
    }
}
