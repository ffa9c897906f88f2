using Catalog.Classifier.Policies;
using Catalog.Testing;

namespace Catalog.Classifier.Tests.Policies;

public sealed class AmountParametersTests
{
    [Theory]
    [InlineData("""{"type":"object","properties":{"payment_id":{"type":"string"},"amount":{"type":"integer"}}}""", "amount")]
    [InlineData("""{"type":"object","properties":{"invoice_id":{"type":"string"},"amount_cents":{"type":"integer"}}}""", "amount_cents")]
    [InlineData("""{"type":"object","properties":{"refundAmount":{"type":["number","null"]}}}""", "refundAmount")]
    [InlineData("""{"type":"object","properties":{"amount":{"type":"string"},"total_amount":{"type":"number"}}}""", "total_amount")]
    public void Find_NumericAmountParameter_IsFound(string schema, string expected)
    {
        // Given a tool with a numeric amount parameter
        var tool = ToolDefinitionBuilder.Tool("pay", inputSchema: schema);

        // When its amount parameter is looked for
        var found = AmountParameters.Find(tool);

        // Then the first numeric one named with the word "amount" is found
        Assert.Equal(expected, found);
    }

    [Theory]
    [InlineData("""{"type":"object","properties":{"amount":{"type":"string"}}}""")]
    [InlineData("""{"type":"object","properties":{"paramount":{"type":"integer"},"count":{"type":"integer"}}}""")]
    [InlineData("""{"type":"object","properties":{}}""")]
    [InlineData("{broken")]
    public void Find_NoNumericAmount_FindsNothing(string schema)
    {
        // Given a tool whose amount is text, or that has no amount, or whose schema is broken
        var tool = ToolDefinitionBuilder.Tool("pay", inputSchema: schema);

        // When its amount parameter is looked for
        var found = AmountParameters.Find(tool);

        // Then there is none, and nothing throws
        Assert.Null(found);
    }
}
