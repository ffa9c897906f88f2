using System.Text.RegularExpressions;
using Catalog.Classifier.Rules;
using Catalog.Domain.Classification;
using Catalog.Testing;

namespace Catalog.Classifier.Tests.Rules;

public sealed class RuleSetBuilderTests
{
    private const string FrobnicateRules = """
        {
          "family": "test",
          "rules": [
            {
              "id": "test.frobnicate",
              "when": { "nameVerb": ["frobnicate"] },
              "effect": { "category": "Execute", "weight": 3 },
              "reason": "The name {where} the verb '{nameVerb}'"
            }
          ]
        }
        """;

    [Fact]
    public void Build_EmbeddedDefaults_LoadsEveryFamilyWithAHashVersion()
    {
        // Given the rule files embedded in the classifier
        // When they are built
        var rules = new RuleSetBuilder().AddEmbeddedDefaults().Build();

        // Then rules from each family are there, and the version is a short hash
        foreach (var family in new[] { "verbs.", "cues.", "parameters.", "annotations.", "domains.", "risk." })
        {
            Assert.Contains(rules.RuleIds, id => id.StartsWith(family, StringComparison.Ordinal));
        }

        Assert.Matches(new Regex("^rules-[0-9a-f]{12}$"), rules.Version);
    }

    [Fact]
    public void Build_SameFiles_GiveTheSameVersion()
    {
        // Given two builders with the same files, one with Windows line endings
        var first = new RuleSetBuilder().Add("test.json", FrobnicateRules).Build();
        var second = new RuleSetBuilder().Add("test.json", FrobnicateRules.Replace("\n", "\r\n", StringComparison.Ordinal)).Build();

        // Then the versions agree
        Assert.Equal(first.Version, second.Version);
    }

    [Fact]
    public void Build_ChangedRule_ChangesTheVersion()
    {
        // Given a rule set and the same set with one weight changed
        var before = new RuleSetBuilder().Add("test.json", FrobnicateRules).Build();
        var after = new RuleSetBuilder().Add("test.json", FrobnicateRules.Replace("\"weight\": 3", "\"weight\": 4", StringComparison.Ordinal)).Build();

        // Then the version changes, so everything gets labelled again
        Assert.NotEqual(before.Version, after.Version);
    }

    [Fact]
    public void Build_CustomRules_DriveTheClassifier()
    {
        // Given a classifier over a one-rule set
        var classifier = new RuleBasedClassifier(new RuleSetBuilder().Add("test.json", FrobnicateRules).Build());

        // When it classifies a tool that uses the verb
        var label = classifier.Classify(ToolDefinitionBuilder.Tool("frobnicate_widget"));

        // Then the rule decides, and its reason names the verb
        Assert.Equal(ToolCategory.Execute, label.Category);
        Assert.Contains(label.Reasons, reason => reason.RuleId == "test.frobnicate" && reason.Text == "The name starts with the verb 'frobnicate'");
    }

    [Fact]
    public void Build_PatternRule_QuotesWhatItMatched()
    {
        // Given a rule that matches the description with a regular expression
        const string json = """
            { "family": "test", "rules": [ {
              "id": "test.amount",
              "when": { "descriptionRegex": ["\\$\\d+(\\.\\d\\d)?"] },
              "effect": { "financial": 1 },
              "reason": "The description names an amount: '{descriptionRegex}'"
            } ] }
            """;
        var classifier = new RuleBasedClassifier(new RuleSetBuilder().Add("test.json", json).Build());

        // When a tool whose description states an amount is classified
        var label = classifier.Classify(ToolDefinitionBuilder.Tool("pay", "Pays $25.00 to the seller."));

        // Then the rule fires and its reason quotes the matched text
        Assert.True(label.Financial);
        Assert.Contains(label.Reasons, reason => reason.Text == "The description names an amount: '$25.00'");
    }

    [Theory]
    [InlineData("{ \"rules\": [ { \"id\": \"a\", \"when\": { \"nameVerbz\": [\"x\"] }, \"effect\": { \"category\": \"Read\", \"weight\": 1 }, \"reason\": \"r\" } ] }", "nameVerbz")]
    [InlineData("{ \"rules\": [ { \"id\": \"a\", \"when\": { \"nameVerb\": [\"x\"] }, \"effect\": { \"category\": \"Read\", \"weight\": 1 }, \"reason\": \"{nameToken}\" } ] }", "'a'")]
    [InlineData("{ \"rules\": [ { \"id\": \"a\", \"when\": { \"nameVerb\": [\"x\"] }, \"effect\": { \"category\": \"Read\", \"weight\": 1 }, \"reason\": \"{nonsense}\" } ] }", "nonsense")]
    [InlineData("{ \"rules\": [ { \"id\": \"a\", \"when\": { \"nameVerb\": [\"x\"] }, \"effect\": { \"category\": \"Sideways\", \"weight\": 1 }, \"reason\": \"r\" } ] }", "Sideways")]
    [InlineData("{ \"rules\": [ { \"id\": \"a\", \"when\": { \"nameVerb\": [\"x\"] }, \"effect\": { }, \"reason\": \"r\" } ] }", "does nothing")]
    [InlineData("{ \"rules\": [ { \"id\": \"a\", \"when\": { \"nameVerb\": [\"two words\"] }, \"effect\": { \"category\": \"Read\", \"weight\": 1 }, \"reason\": \"r\" } ] }", "two words")]
    [InlineData("{ \"rules\": [ { \"id\": \"a\", \"when\": { \"descriptionRegex\": [\"(unclosed\"] }, \"effect\": { \"category\": \"Read\", \"weight\": 1 }, \"reason\": \"r\" } ] }", "(unclosed")]
    [InlineData("{ \"rules\": [ ", "bad.json")]
    public void Build_InvalidRuleFile_FailsNamingTheProblem(string json, string named)
    {
        // Given a rule file with a mistake in it
        var builder = new RuleSetBuilder().Add("bad.json", json);

        // When it is built
        var error = Assert.Throws<InvalidDataException>(builder.Build);

        // Then the error names the file and what is wrong
        Assert.Contains("bad.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DuplicateRuleIds_Fail()
    {
        // Given two files that use the same rule id
        var builder = new RuleSetBuilder().Add("one.json", FrobnicateRules).Add("two.json", FrobnicateRules);

        // When they are built
        var error = Assert.Throws<InvalidDataException>(builder.Build);

        // Then the duplicate is named
        Assert.Contains("test.frobnicate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoFiles_Fails()
    {
        // Given a builder with nothing added
        // When it is built
        // Then it refuses rather than giving a classifier that labels everything as thin evidence
        Assert.Throws<InvalidOperationException>(() => new RuleSetBuilder().Build());
    }
}
