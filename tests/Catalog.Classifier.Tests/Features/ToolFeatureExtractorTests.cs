using Catalog.Classifier.Features;
using Catalog.Domain.Servers;
using Catalog.Testing;

namespace Catalog.Classifier.Tests.Features;

public sealed class ToolFeatureExtractorTests
{
    private static readonly ToolFeatureExtractor Extractor = RuleBasedClassifier.CreateDefault().Rules.Extractor;

    [Fact]
    public void Extract_ProductPrefix_IsSetAside()
    {
        // Given a tool named after its product
        var tool = ToolDefinitionBuilder.Tool("github_create_issue", "Create an issue.");

        // When its features are extracted
        var features = Extractor.Extract(tool);

        // Then the product is set aside and the name starts with its verb
        Assert.Equal("github", features.Prefix);
        Assert.Equal(["create", "issue"], features.NameWords);
    }

    [Fact]
    public void Extract_ServerNamePrefix_IsSetAside()
    {
        // Given a tool prefixed with its server's own name, which no product list knows
        var tool = ToolDefinitionBuilder.Tool("zorblax_list_items");
        var server = new ServerIdentity { Slug = "acme-zorblax-mcp", Name = "acme/zorblax-mcp", Repository = "acme/zorblax-mcp" };

        // When its features are extracted with the server as context
        var features = Extractor.Extract(tool, server);

        // Then the server's name is set aside
        Assert.Equal("zorblax", features.Prefix);
        Assert.Equal(["list", "items"], features.NameWords);
        Assert.Contains("zorblax", features.ServerStems);
    }

    [Fact]
    public void Extract_ToolkitClassPrefix_IsSetAside()
    {
        // Given a tool namespaced by the class that provides it
        var tool = ToolDefinitionBuilder.Tool("ERC20ActionProvider_transfer");

        // When its features are extracted
        var features = Extractor.Extract(tool);

        // Then the class name is the prefix
        Assert.Equal("ERC20ActionProvider", features.Prefix);
        Assert.Equal(["transfer"], features.NameWords);
    }

    [Fact]
    public void Extract_ServerNamedAfterAVerb_KeepsTheVerb()
    {
        // Given a tool whose first word is both the server's name and a verb
        var tool = ToolDefinitionBuilder.Tool("search_docs");
        var server = new ServerIdentity { Slug = "acme-search-mcp", Name = "acme/search-mcp", Repository = "acme/search-mcp" };

        // When its features are extracted
        var features = Extractor.Extract(tool, server);

        // Then the verb is not taken for a prefix
        Assert.Equal("", features.Prefix);
        Assert.Equal(["search", "docs"], features.NameWords);
    }

    [Fact]
    public void Extract_DescriptionFiller_IsSkippedBeforeTheLeadVerb()
    {
        // Given a description that opens with filler
        var tool = ToolDefinitionBuilder.Tool("remove_item", "This tool will Delete the selected item.");

        // When its features are extracted
        var features = Extractor.Extract(tool);

        // Then the lead words start at the verb, stemmed
        Assert.Equal(WordStemmer.Stem("delete"), features.DescriptionLeadStems[0]);
    }

    [Fact]
    public void Extract_HugeDescription_IsCappedAndMarked()
    {
        // Given a description of a megabyte
        var tool = ToolDefinitionBuilder.Tool("get_item", new string('x', 1_000_000));

        // When its features are extracted
        var features = Extractor.Extract(tool);

        // Then only the start is read, and the features say so
        Assert.True(features.DescriptionTruncated);
        Assert.Equal(ToolFeatureExtractor.MaxDescriptionLength, features.DescriptionText.Length);
    }

    [Fact]
    public void Extract_MalformedSchema_HasNoParametersAndSaysSo()
    {
        // Given a tool whose schema is not JSON
        var tool = ToolDefinitionBuilder.Tool("run", inputSchema: "{oops");

        // When its features are extracted
        var features = Extractor.Extract(tool);

        // Then it has no parameters and the schema is marked unreadable
        Assert.False(features.SchemaReadable);
        Assert.Empty(features.Parameters);
    }
}
