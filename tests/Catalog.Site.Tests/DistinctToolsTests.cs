using Catalog.Domain.Catalog;
using Catalog.Site.Pages;
using Catalog.Testing;

namespace Catalog.Site.Tests;

/// <summary>A server's tools once each by name: used as given when the catalogue already gives them so, made so otherwise.</summary>
public sealed class DistinctToolsTests
{
    private static CatalogTool Tool(string name, string description = "") => new() { Definition = ToolDefinitionBuilder.Tool(name, description) };

    [Fact]
    public void ByName_DistinctAndOrdered_TheSameListBack()
    {
        // Given tools distinct and in ordinal order (upper case before lower)
        IReadOnlyList<CatalogTool> tools = [Tool("B"), Tool("a"), Tool("a_b"), Tool("b")];

        // When they are taken by name, or in order
        var byName = DistinctTools.ByName(tools);
        var inOrder = DistinctTools.InOrder(tools);

        // Then the list itself comes back, with nothing copied
        Assert.Same(tools, byName);
        Assert.Same(tools, inOrder);
    }

    [Fact]
    public void ByName_RepeatedAndUnordered_FirstOfEachNameInNameOrder()
    {
        // Given tools out of order with a name given twice
        IReadOnlyList<CatalogTool> tools = [Tool("b", "first b"), Tool("a"), Tool("b", "second b"), Tool("B")];

        // When they are taken by name
        var byName = DistinctTools.ByName(tools);

        // Then each name is there once, the first given kept, in ordinal order
        Assert.Equal(["B", "a", "b"], byName.Select(t => t.Name));
        Assert.Equal("first b", byName[2].Definition.Description);
    }

    [Fact]
    public void InOrder_RepeatedNames_FirstOfEachInTheOrderGiven()
    {
        // Given tools out of order with a name given twice
        IReadOnlyList<CatalogTool> tools = [Tool("b", "first b"), Tool("a"), Tool("b", "second b")];

        // When they are taken in order
        var inOrder = DistinctTools.InOrder(tools);

        // Then each name is there once, the first given kept, where it was
        Assert.Equal(["b", "a"], inOrder.Select(t => t.Name));
        Assert.Equal("first b", inOrder[0].Definition.Description);
    }
}
