namespace Catalog.Classifier.Rules;

/// <summary>What each condition of a rule matched, so the reason can name it. Filled only for rules that fire.</summary>
internal struct Citations
{
    public string? Value;
    public string? NameVerb;
    public string? NameToken;
    public string? NamePhrase;
    public string? NameObject;
    public string? DescriptionVerb;
    public string? DescriptionWord;
    public string? DescriptionPhrase;
    public string? DescriptionRegex;
    public string? Word;
    public string? ActionVerb;
    public string? Server;
    public string? Parameter;
}
