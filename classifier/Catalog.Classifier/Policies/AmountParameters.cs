using Catalog.Classifier.Features;
using Catalog.Domain.Tools;

namespace Catalog.Classifier.Policies;

/// <summary>Finds the parameter that carries a payment's amount, so a policy can allow small amounts.</summary>
public static class AmountParameters
{
    /// <summary>
    /// The first numeric top-level parameter with the word "amount" in its name (<c>amount</c>,
    /// <c>amount_cents</c>, <c>refundAmount</c>, but not <c>paramount</c>), in schema order; null when
    /// there is none or the schema cannot be read. A text amount is not used: a numeric bound on it
    /// would refuse every call anyway.
    /// </summary>
    public static string? Find(ToolDefinition tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        return SchemaReader.Read(tool.InputSchema).Parameters
            .FirstOrDefault(parameter => parameter.Type is "number" or "integer" && parameter.NameStems.Contains("amount"))
            ?.Name;
    }
}
