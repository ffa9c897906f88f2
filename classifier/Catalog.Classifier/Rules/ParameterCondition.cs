using Catalog.Classifier.Features;

namespace Catalog.Classifier.Rules;

/// <summary>Holds when one single parameter satisfies every part given: its name, its type and words in its description.</summary>
internal sealed class ParameterCondition(ParameterNamePattern[]? names, string[]? types, Term[]? descriptionWords)
{
    public ToolParameter? FindIn(IReadOnlyList<ToolParameter> parameters)
    {
        foreach (var parameter in parameters)
        {
            if (NameMatches(parameter) && TypeMatches(parameter) && DescriptionMatches(parameter))
            {
                return parameter;
            }
        }

        return null;
    }

    private bool NameMatches(ToolParameter parameter)
    {
        if (names is null)
        {
            return true;
        }

        foreach (var name in names)
        {
            if (name.Matches(parameter.CompactName))
            {
                return true;
            }
        }

        return false;
    }

    private bool TypeMatches(ToolParameter parameter)
    {
        if (types is null)
        {
            return true;
        }

        foreach (var type in types)
        {
            if (string.Equals(parameter.Type, type, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool DescriptionMatches(ToolParameter parameter)
    {
        if (descriptionWords is null)
        {
            return true;
        }

        if (parameter.Description.Length == 0)
        {
            return false;
        }

        foreach (var word in TextTokenizer.Words(parameter.Description))
        {
            var stem = WordStemmer.Stem(word);
            foreach (var wanted in descriptionWords)
            {
                if (string.Equals(stem, wanted.Stem, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
