namespace Catalog.Classifier.Rules;

/// <summary>A rule word: the stem it is compared by and the word as the rule wrote it, which reasons quote.</summary>
internal readonly record struct Term(string Stem, string Display);
